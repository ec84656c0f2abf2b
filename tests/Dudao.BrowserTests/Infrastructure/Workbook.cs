using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dudao.BrowserTests.Infrastructure;

/// <summary>Builds an .xlsx upload as a user's spreadsheet program would: one sheet, a header row, inline strings and numbers.</summary>
public static class Workbook
{
    public static byte[] Build(IReadOnlyList<string> headers, params object?[][] rows)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(headers.Cast<object?>().ToArray()));
            foreach (var row in rows) data.Append(Row(row));
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "学校" });
            workbook.Workbook.Save();
        }
        return buffer.ToArray();
    }

    private static Row Row(object?[] values) => new(values.Select(value => value switch
    {
        null => new Cell(),
        int n => new Cell { DataType = CellValues.Number, CellValue = new CellValue(n) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!)) },
    }));
}
