using System.Globalization;
using Dudao.Core.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dudao.Modules.Inspections.Reports;

/// <summary>
/// Writes a <see cref="ReportModel"/> as a Word document: a centred title, a facts table, numbered
/// sections and signature lines. Every text goes through <see cref="XmlChars.Strip"/>: a name stored
/// before input refused control characters must not make the report unwritable.
/// </summary>
public static class DocxReport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(ReportModel report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph(report.Title, bold: true, size: 36, centre: true));
            body.Append(Facts(report.Facts));
            foreach (var section in report.Sections)
            {
                body.Append(Paragraph(section.Heading, bold: true, size: 28));
                foreach (var text in section.Paragraphs) body.Append(Paragraph(text, indent: true));
            }
            body.Append(Paragraph(""));
            foreach (var signature in report.Signatures) body.Append(Paragraph($"{signature}（签字）：________________    日期：________年____月____日"));
            foreach (var line in report.Closing ?? []) body.Append(Paragraph(line, right: true));
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1800, Right = 1800 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Table Facts(IReadOnlyList<(string Label, string Value)> facts)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        foreach (var (label, value) in facts)
            table.Append(new TableRow(Cell(label, bold: true, width: 1400), Cell(value, bold: false, width: 3600)));
        return table;
    }

    private static TableCell Cell(string text, bool bold, int width) =>
        new(new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Pct }), Paragraph(text, bold));

    private static Paragraph Paragraph(string text, bool bold = false, int size = 24, bool centre = false, bool indent = false, bool right = false)
    {
        var runProperties = new RunProperties(new RunFonts { EastAsia = "宋体", Ascii = "Times New Roman", HighAnsi = "Times New Roman" }, new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        if (bold) runProperties.Append(new Bold());
        var paragraphProperties = new ParagraphProperties();
        if (centre || right) paragraphProperties.Append(new Justification { Val = centre ? JustificationValues.Center : JustificationValues.Right });
        if (indent) paragraphProperties.Append(new Indentation { FirstLineChars = 200 });
        return new Paragraph(paragraphProperties, new Run(runProperties, new Text(XmlChars.Strip(text)) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
