namespace Dudao.Modules.Returns.Documents;

/// <summary>
/// The seed 002 county work report as a draft: its text with every blank that has a source filled and
/// the rest marked 【待填：…】, and the list of those left to type.
/// </summary>
/// <param name="Lines">The report's paragraphs; a heading starts with <c>#</c>.</param>
/// <param name="ToType">The blanks left to the office, as "第n处：what".</param>
public sealed record WorkReport(string RegionCode, string RegionName, DateOnly From, DateOnly To,
    IReadOnlyList<string> Lines, IReadOnlyList<string> ToType)
{
    public const string ToTypeMark = "【待填";
}
