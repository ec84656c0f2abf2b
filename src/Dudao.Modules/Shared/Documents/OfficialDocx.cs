using System.Globalization;
using Dudao.Core.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Dudao.Modules.Shared.Documents;

/// <summary>
/// Every .docx Dudao issues, written one way: the letterhead (the office's full name in red, its
/// 文号, a red rule), the title, the body, the signature lines, and the 落款 (office with its seal,
/// the date) on A4. Every text goes through <see cref="XmlChars.Strip"/>: a name stored before input
/// refused control characters must not make the document unwritable.
/// </summary>
public sealed class OfficialDocx : IDisposable
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>A photo is at most the text width (15 cm of A4 with 3 cm side margins) and 10 cm high.</summary>
    private const long MaxWidthEmu = 15L * 360000, MaxHeightEmu = 10L * 360000;

    private readonly MemoryStream _buffer = new();
    private readonly WordprocessingDocument _document;
    private readonly MainDocumentPart _main;
    private readonly Body _body = new();
    private readonly DocumentHeader? _header;
    private uint _images;

    /// <param name="header">The issuing office, 文号 and date; null for a unit's own document (a 自查小结), which has no letterhead.</param>
    public OfficialDocx(DocumentHeader? header, string title)
    {
        _header = header;
        _document = WordprocessingDocument.Create(_buffer, WordprocessingDocumentType.Document);
        _main = _document.AddMainDocumentPart();
        if (header is not null)
        {
            _body.Append(Text(header.OfficeName, size: 44, bold: true, align: JustificationValues.Center, colour: "FF0000"));
            _body.Append(Text(header.Number, align: JustificationValues.Center, redRule: true));
            _body.Append(Text(""));
        }
        _body.Append(Text(title, size: 36, bold: true, align: JustificationValues.Center));
    }

    public static string DateText(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public OfficialDocx Heading(string text)
    {
        _body.Append(Text(text, size: 28, bold: true));
        return this;
    }

    public OfficialDocx Paragraph(string text, bool indent = false, bool right = false)
    {
        _body.Append(Text(text, indent: indent, align: right ? JustificationValues.Right : null));
        return this;
    }

    /// <summary>A bold label and its value on one line: "督办对象：某小学".</summary>
    public OfficialDocx Field(string label, string value)
    {
        _body.Append(new Paragraph(new Run(Font(24, bold: true), new Text(XmlChars.Strip(label) + "：")),
            new Run(Font(24), new Text(XmlChars.Strip(value)) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    /// <summary>A two-column table of labels and values with thin borders.</summary>
    public OfficialDocx Facts(IReadOnlyList<(string Label, string Value)> facts)
    {
        var table = BorderedTable();
        foreach (var (label, value) in facts)
            table.Append(new TableRow(Cell(label, bold: true, width: 1400), Cell(value, bold: false, width: 3600)));
        _body.Append(table);
        return this;
    }

    /// <summary>
    /// A table with a bold header row repeated on each page and columns of equal width, for rankings and
    /// lists a reader compares down a column.
    /// </summary>
    public OfficialDocx Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var width = 5000 / headers.Count;
        var table = BorderedTable();
        table.Append(new TableRow([new TableRowProperties(new TableHeader()), .. headers.Select(h => Cell(h, bold: true, width: width))]));
        foreach (var row in rows) table.Append(new TableRow(row.Select(v => Cell(v, bold: false, width: width))));
        _body.Append(table);
        return this;
    }

    private static Table BorderedTable() => new(new TableProperties(
        new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
        new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));

    /// <summary>A PNG or JPEG scaled to fit the text width, with its caption under it; anything else is left out.</summary>
    public OfficialDocx Image(byte[] content, string caption)
    {
        if (ImageSize.Read(content) is not { Width: > 0, Height: > 0 } size) return this;
        var type = content[0] == 0x89 ? ImagePartType.Png : ImagePartType.Jpeg;
        var part = _main.AddImagePart(type);
        using (var stream = new MemoryStream(content)) part.FeedData(stream);
        var scale = Math.Min(1.0, Math.Min(MaxWidthEmu / (size.Width * 9525.0), MaxHeightEmu / (size.Height * 9525.0)));
        var (cx, cy) = ((long)(size.Width * 9525 * scale), (long)(size.Height * 9525 * scale));
        var id = ++_images;
        var name = XmlChars.Strip(caption);
        var drawing = new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = name }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = _main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
        _body.Append(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(drawing)));
        _body.Append(Text(caption, size: 21, align: JustificationValues.Center));
        return this;
    }

    /// <summary>A line per signer to sign and date by hand: "督学（签字）：______ 日期：____年__月__日".</summary>
    public OfficialDocx Signatures(IEnumerable<string> signers)
    {
        _body.Append(Text(""));
        foreach (var signer in signers) _body.Append(Text($"{signer}（签字）：________________    日期：________年____月____日"));
        return this;
    }

    /// <summary>
    /// Ends the document with its 落款 — <paramref name="closing"/> when given (a unit's own seal and
    /// date), otherwise the issuing office with （盖章） and the date — and returns its bytes.
    /// </summary>
    public byte[] ToArray(IReadOnlyList<string>? closing = null)
    {
        _body.Append(Text(""));
        var lines = closing ?? _header?.Closing ?? [];
        foreach (var line in lines) _body.Append(Text(line, align: JustificationValues.Right));
        _body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1440, Bottom = 1440, Left = 1701, Right = 1701 }));
        _main.Document = new Document(_body);
        _main.Document.Save();
        _document.Dispose();
        return _buffer.ToArray();
    }

    public void Dispose()
    {
        _document.Dispose();
        _buffer.Dispose();
    }

    private static TableCell Cell(string text, bool bold, int width) =>
        new(new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Pct }), Text(text, bold: bold));

    private static RunProperties Font(int size, bool bold = false, string? colour = null)
    {
        var properties = new RunProperties(new RunFonts { EastAsia = "宋体", Ascii = "Times New Roman", HighAnsi = "Times New Roman" });
        if (bold) properties.Append(new Bold());
        if (colour is not null) properties.Append(new Color { Val = colour });
        properties.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        return properties;
    }

    /// <param name="redRule">The red line under the 文号 that separates the letterhead from the text.</param>
    private static Paragraph Text(string text, int size = 24, bool bold = false, JustificationValues? align = null, bool indent = false, string? colour = null,
        bool redRule = false)
    {
        // The schema orders paragraph properties: borders, indentation, justification.
        var properties = new ParagraphProperties();
        if (redRule) properties.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 12, Color = "FF0000", Space = 4 }));
        if (indent) properties.Append(new Indentation { FirstLineChars = 200 });
        if (align is { } a) properties.Append(new Justification { Val = a });
        return new Paragraph(properties, new Run(Font(size, bold, colour), new Text(XmlChars.Strip(text)) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
