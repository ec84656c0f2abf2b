namespace Dudao.Modules.Platform.Files;

/// <summary>
/// What may be uploaded, recognised by the first bytes of the content, not by the name or the
/// browser's claim: a script renamed to .jpg is refused.
/// </summary>
public static class FileKinds
{
    public sealed record Kind(string ContentType, string Extension, string Label, byte[] Magic);

    public static readonly IReadOnlyList<Kind> Allowed =
    [
        new("image/jpeg", ".jpg", "JPEG 图片", [0xFF, 0xD8, 0xFF]),
        new("image/png", ".png", "PNG 图片", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        new("application/pdf", ".pdf", "PDF 文档", "%PDF-"u8.ToArray()),
        new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word 文档", [0x50, 0x4B, 0x03, 0x04]),
        new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", "Excel 表格", [0x50, 0x4B, 0x03, 0x04]),
    ];

    public static string AllowedLabels => string.Join("、", Allowed.Select(k => k.Label).Distinct());

    /// <summary>The kind whose signature the content starts with; for zip-based Office files the name decides which.</summary>
    public static Kind? Detect(ReadOnlySpan<byte> head, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var matches = new List<Kind>();
        foreach (var kind in Allowed)
        {
            if (head.StartsWith(kind.Magic)) matches.Add(kind);
        }
        return matches.Count <= 1 ? matches.FirstOrDefault() : matches.FirstOrDefault(k => k.Extension == extension);
    }
}
