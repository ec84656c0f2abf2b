using Dudao.Modules.Shared.Documents;

namespace Dudao.Modules.Inspections.Reports;

public sealed record ReportSection(string Heading, IReadOnlyList<string> Paragraphs);

/// <summary>A photo taken as evidence, embedded in the report under its file name.</summary>
public sealed record ReportPhoto(string FileId, string Caption);

/// <summary>
/// An inspection report as data — letterhead, title, facts, the sections 基本情况, 亮点, 问题, 整改要求, 建议,
/// the photos and the signature lines — rendered both as .docx and as a printable page, so the two never differ.
/// </summary>
/// <param name="Closing">Lines set to the right at the end, under the signatures: the issuing unit with its seal, the date (落款);
/// by default the letterhead's office and date.</param>
/// <param name="Header">The issuing office, 文号 and date; null for a unit's own report.</param>
public sealed record ReportModel(string Title, IReadOnlyList<(string Label, string Value)> Facts, IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<string> Signatures, string FileName, IReadOnlyList<string>? Closing = null, DocumentHeader? Header = null,
    IReadOnlyList<ReportPhoto>? Photos = null)
{
    public const string PhotosHeading = "附：现场照片";

    /// <summary>The 落款 as printed: the report's own lines, or the office's seal line and date.</summary>
    public IReadOnlyList<string> ClosingLines => Closing ?? Header?.Closing ?? [];
}

internal static class ReportText
{
    public const string None = "无。";

    public static IReadOnlyList<string> Paragraphs(params string?[] texts)
    {
        var list = texts.Where(t => !string.IsNullOrWhiteSpace(t))
            .SelectMany(t => t!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return list.Count == 0 ? [None] : list;
    }

    /// <summary>
    /// A title that says "专项督导报告" once: "春季开学专项督导" gives "春季开学专项督导报告", "校外培训专项治理" gives
    /// "校外培训专项治理督导报告", "课后服务" gives "课后服务专项督导报告"; a name that is a report already stays.
    /// </summary>
    public static string SpecialTitle(string name)
    {
        var title = name.Trim();
        if (title.EndsWith("报告", StringComparison.Ordinal)) return title;
        if (title.EndsWith("督导", StringComparison.Ordinal)) return title + "报告";
        return title + (title.Contains("专项", StringComparison.Ordinal) ? "督导报告" : "专项督导报告");
    }
}
