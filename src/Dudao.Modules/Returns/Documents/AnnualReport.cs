namespace Dudao.Modules.Returns.Documents;

/// <summary>
/// A region's annual 督导报告 (seed 003: to the city by 10 December): the year's figures from the rollups and
/// the 亮点, 问题 and 建议, as the office last saved them or, until then, pre-filled by <see cref="AnnualReportRules"/>.
/// </summary>
/// <param name="Version">The saved text's version, 0 while nothing is saved; sent back with an edit (409 when stale).</param>
public sealed record AnnualReport(string RegionCode, string RegionName, int Year, string PeriodLabel,
    IReadOnlyList<StatisticsLine> Figures, AnnualReportSections Text, int Version, bool Edited);

/// <summary>The three editable sections, one point a line.</summary>
public sealed record AnnualReportSections(string Highlights, string Problems, string Suggestions);

/// <summary>An edit of the sections; <c>version</c> is the one read (0 when the pre-filled text was read).</summary>
public sealed record AnnualReportEdit(string? RegionCode, int? Year, string? Highlights, string? Problems, string? Suggestions, int? Version);
