namespace Dudao.Modules.Inspections.Reports;

public sealed record ReportSection(string Heading, IReadOnlyList<string> Paragraphs);

/// <summary>
/// An inspection report as data — title, facts, the sections 基本情况, 亮点, 问题, 整改要求, 建议
/// and the signature lines — rendered both as .docx and as a printable page, so the two never differ.
/// </summary>
/// <param name="Closing">Lines set to the right at the end, under the signatures: the issuing unit with its seal, the date (落款).</param>
public sealed record ReportModel(string Title, IReadOnlyList<(string Label, string Value)> Facts, IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<string> Signatures, string FileName, IReadOnlyList<string>? Closing = null);

internal static class ReportText
{
    public const string None = "无。";

    public static IReadOnlyList<string> Paragraphs(params string?[] texts)
    {
        var list = texts.Where(t => !string.IsNullOrWhiteSpace(t))
            .SelectMany(t => t!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return list.Count == 0 ? [None] : list;
    }
}
