using System.Globalization;
using Dudao.Core.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dudao.Modules.Shared.Spreadsheets;

/// <summary>
/// Writes one worksheet with <see cref="OpenXmlWriter"/>, row after row, so exports and generated
/// datasets never build the sheet in memory. Text goes in as inline strings (codes keep their
/// leading zeros), numbers (int, finite double) as numbers. Characters XML cannot carry are dropped, so a record
/// stored before input refused them still exports.
/// Every sheet reads and prints the same way: a bold header row frozen at the top, columns as wide
/// as the header and the first rows need, A4 landscape fitted to the page width, and the header row
/// repeated on every printed page.
/// </summary>
public static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Rows measured for the column widths; later rows stream without being held.</summary>
    private const int MeasuredRows = 200;
    private const int MinWidth = 6, MaxWidth = 50;
    private const uint BoldStyle = 1;

    public static void Write(Stream stream, string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        using var source = rows.GetEnumerator();
        var measured = new List<IReadOnlyList<object?>>();
        while (measured.Count < MeasuredRows && source.MoveNext()) measured.Add(source.Current);
        using (var writer = OpenXmlWriter.Create(worksheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0 }));
            if (headers.Count > 0)
            {
                writer.WriteStartElement(new Columns());
                var widths = Widths(headers, measured);
                for (var i = 0; i < widths.Length; i++)
                    writer.WriteElement(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = widths[i], CustomWidth = true });
                writer.WriteEndElement();
            }
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, 1, headers, BoldStyle);
            var number = 1;
            foreach (var row in measured) WriteRow(writer, ++number, row);
            while (source.MoveNext()) WriteRow(writer, ++number, source.Current);
            writer.WriteEndElement();
            writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
            // Paper size 9 is A4; fitted to one page wide, as many pages tall as the rows need.
            writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
            writer.WriteEndElement();
        }
        var name = XmlChars.Strip(sheetName);
        workbook.Workbook = new Workbook(
            new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = name }),
            new DefinedNames(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
    }

    /// <summary>A default font and a bold one; cell format 1 (<see cref="BoldStyle"/>) is the header's.</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true }) { Count = 2 });

    /// <summary>Each column as wide as its longest text among the header and the measured rows (a Chinese character counts twice), within bounds.</summary>
    private static double[] Widths(IReadOnlyList<string> headers, List<IReadOnlyList<object?>> rows)
    {
        var widths = headers.Select(Width).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < Math.Min(row.Count, widths.Length); i++)
                widths[i] = Math.Max(widths[i], Width(Convert.ToString(row[i], CultureInfo.InvariantCulture)));
        }
        return widths.Select(w => (double)Math.Clamp(w + 2, MinWidth, MaxWidth)).ToArray();
    }

    private static int Width(string? text) => text?.Sum(c => c > '\u2E7F' ? 2 : 1) ?? 0;

    private static void WriteRow(OpenXmlWriter writer, int number, IReadOnlyList<object?> cells, uint? style = null)
    {
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", number.ToString(CultureInfo.InvariantCulture))]);
        for (var i = 0; i < cells.Count; i++)
        {
            var reference = new OpenXmlAttribute("r", "", ColumnName(i) + number.ToString(CultureInfo.InvariantCulture));
            List<OpenXmlAttribute> attributes = style is { } s ? [reference, new OpenXmlAttribute("s", "", s.ToString(CultureInfo.InvariantCulture))] : [reference];
            switch (cells[i])
            {
                case null:
                    break;
                case int n:
                    writer.WriteStartElement(new Cell(), attributes);
                    writer.WriteElement(new CellValue(n.ToString(CultureInfo.InvariantCulture)));
                    writer.WriteEndElement();
                    break;
                case double d when double.IsFinite(d):
                    writer.WriteStartElement(new Cell(), attributes);
                    writer.WriteElement(new CellValue(d.ToString("R", CultureInfo.InvariantCulture)));
                    writer.WriteEndElement();
                    break;
                case var value:
                    writer.WriteStartElement(new Cell(), [.. attributes, new OpenXmlAttribute("t", "", "inlineStr")]);
                    writer.WriteElement(new InlineString(new Text(XmlChars.Strip(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""))));
                    writer.WriteEndElement();
                    break;
            }
        }
        writer.WriteEndElement();
    }

    /// <summary>0 → "A", 26 → "AA".</summary>
    private static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }
}
