using Dudao.Core.Time;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Rectification.Domain;

namespace Dudao.Modules.Rectification.Ledger;

/// <summary>
/// A problem entered by hand or from public opinion (舆情). The target is one of <see cref="TargetKinds"/>,
/// named as <c>TargetReference</c> describes (a school, institution or department by id
/// and county from the registry; a region's government by code; a person by name and unit in <c>regionCode</c>);
/// <c>deadline</c> or <c>deadlineWorkingDays</c> override the default by severity;
/// <c>responsibleDepartmentId</c> names a department of the county to fix it instead of the target.
/// </summary>
public sealed record ProblemInput(string? TargetKind, string? TargetId, string? TargetName, string? RegionCode, string? Source,
    string? Category, string? Severity, string? Description, DateOnly? Deadline = null, int? DeadlineWorkingDays = null,
    string? ResponsibleDepartmentId = null, string? TargetUnit = null)
{
    public static readonly string[] Sources = [ProblemSources.Manual, ProblemSources.PublicOpinion];

    /// <summary>Rules that need no query; the intake checks the rest (scope, target, description).</summary>
    public IEnumerable<(string Field, string Message)> Check(DateOnly today)
    {
        if (Core.Errors.Check.OneOfCodes(TargetKind, TargetKinds.All, "问题对象类型") is { } kindError) yield return ("targetKind", kindError);
        else if (TargetKind is TargetKinds.School or TargetKinds.Institution && string.IsNullOrWhiteSpace(TargetId)) yield return ("targetId", "请选择问题对象");
        if (!Sources.Contains(Source)) yield return ("source", "手工登记的问题来源应为 manual（手工录入）或 public-opinion（舆情）");
        if (string.IsNullOrWhiteSpace(Category)) yield return ("category", "请填写问题类别");
        else if (Core.Errors.Check.Length(Category, 32, "问题类别", "个字") is { } categoryError) yield return ("category", categoryError);
        if (Deadline is { } d && d < today) yield return ("deadline", "整改期限不能早于今天");
        else if (DateBounds.Check(Deadline) is { } deadline) yield return ("deadline", deadline);
        if (DeadlineWorkingDays is < 1 or > 365) yield return ("deadlineWorkingDays", "整改工作日数应在 1–365 之间");
    }
}
