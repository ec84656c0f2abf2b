using System.Globalization;
using Dudao.Core.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dudao.Modules.Shared.Spreadsheets;

/// <summary>
/// Writes one worksheet with <see cref="OpenXmlWriter"/>, row after row, so exports and generated
/// datasets never build the sheet in memory. Text goes in as inline strings (codes keep their
/// leading zeros), whole numbers as numbers. Characters XML cannot carry are dropped, so a record
/// stored before input refused them still exports.
/// </summary>
public static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Write(Stream stream, string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(worksheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new Columns());
            writer.WriteElement(new Column { Min = 1, Max = (uint)headers.Count, Width = 20, CustomWidth = true });
            writer.WriteEndElement();
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, 1, headers);
            var number = 1;
            foreach (var row in rows) WriteRow(writer, ++number, row);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = XmlChars.Strip(sheetName) }));
    }

    private static void WriteRow(OpenXmlWriter writer, int number, IReadOnlyList<object?> cells)
    {
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", number.ToString(CultureInfo.InvariantCulture))]);
        for (var i = 0; i < cells.Count; i++)
        {
            var reference = ColumnName(i) + number.ToString(CultureInfo.InvariantCulture);
            switch (cells[i])
            {
                case null:
                    break;
                case int n:
                    writer.WriteStartElement(new Cell(), [new OpenXmlAttribute("r", "", reference)]);
                    writer.WriteElement(new CellValue(n.ToString(CultureInfo.InvariantCulture)));
                    writer.WriteEndElement();
                    break;
                case var value:
                    writer.WriteStartElement(new Cell(), [new OpenXmlAttribute("r", "", reference), new OpenXmlAttribute("t", "", "inlineStr")]);
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
