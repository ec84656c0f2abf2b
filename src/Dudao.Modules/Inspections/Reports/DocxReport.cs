using Dudao.Modules.Platform.Files;
using Dudao.Modules.Shared.Documents;

namespace Dudao.Modules.Inspections.Reports;

/// <summary>
/// Writes a <see cref="ReportModel"/> as a Word document through <see cref="OfficialDocx"/>: the
/// letterhead, a facts table, numbered sections, the photos, the signature lines and the 落款.
/// </summary>
public static class DocxReport
{
    public const string ContentType = OfficialDocx.ContentType;

    public static async Task<byte[]> WriteAsync(ReportModel report, FileStore files, CancellationToken ct)
    {
        using var docx = new OfficialDocx(report.Header, report.Title);
        docx.Facts(report.Facts);
        foreach (var section in report.Sections)
        {
            docx.Heading(section.Heading);
            foreach (var text in section.Paragraphs) docx.Paragraph(text, indent: true);
        }
        if (report.Photos is { Count: > 0 } photos)
        {
            docx.Heading(ReportModel.PhotosHeading);
            foreach (var photo in photos)
            {
                var (_, content) = await files.OpenAsync(photo.FileId, ct);
                await using (content)
                {
                    using var bytes = new MemoryStream();
                    await content.CopyToAsync(bytes, ct);
                    docx.Image(bytes.ToArray(), photo.Caption);
                }
            }
        }
        docx.Signatures(report.Signatures);
        return docx.ToArray(report.Closing);
    }
}
