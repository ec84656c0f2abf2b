namespace Dudao.Modules.Training.Filings;

/// <summary>
/// What an institution files. <c>kind</c> is fee | material | staff | foreign-staff | contract and says
/// which parts apply: a fee standard names the course (<c>title</c>) and its <c>fees</c>; materials a
/// <c>title</c> and <c>description</c>; staff and foreign staff the <c>staff</c> member; the model
/// contract the contract's <c>title</c> and <c>usesModelContract</c>. <c>version</c> is the one read, when
/// amending a sent-back filing.
/// </summary>
public sealed record FilingInput(string? Kind, string? Title, IReadOnlyList<FeeItemInput>? Fees = null, string? Description = null,
    StaffInput? Staff = null, bool? UsesModelContract = null, int? Version = null);

/// <param name="Price">The item's price in yuan for <paramref name="Lessons"/> lessons.</param>
public sealed record FeeItemInput(string? Item, decimal? Price, int? Lessons);

/// <param name="Qualification">The 教师资格证 number; required for subject-type teaching (003 C29).</param>
/// <param name="WorkPermit">A foreigner's 外国人工作许可证 number.</param>
/// <param name="InChina">A foreigner must be in China (003 C41: 严禁聘请在境外的外籍人员).</param>
public sealed record StaffInput(string? Name, string? Subject, string? Qualification, string? Nationality = null, string? WorkPermit = null,
    bool? InChina = null);

/// <summary>What a filing holds once checked, stored as its content.</summary>
public sealed record FilingContent(IReadOnlyList<FeeItem>? Fees, string? Description, StaffInput? Staff, bool? UsesModelContract);

public sealed record FeeItem(string Item, decimal Price, int Lessons)
{
    public decimal PerLesson => Math.Round(Price / Lessons, 2);
}

public sealed record FilingDto(string Id, string InstitutionId, string InstitutionName, string RegionCode, string Kind, string KindLabel,
    string Title, string Status, string StatusLabel, FilingContent Content, DateTime SubmittedAt, DateTime? ReviewedAt, string? ReviewedBy,
    string? ReturnReason, int Version);

public sealed record ReturnInput(string? Reason);
