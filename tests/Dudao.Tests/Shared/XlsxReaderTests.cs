using Dudao.Core.Errors;
using Dudao.Modules.Shared.Spreadsheets;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dudao.Tests.Shared;

public sealed class XlsxReaderTests
{
    /// <summary>A workbook as Excel saves it: shared strings (one rich text with a phonetic hint), numbers, skipped cells and rows.</summary>
    private static byte[] ExcelStyleWorkbook()
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Text("学校名称")),
                new SharedStringItem(new Run(new Text("重庆市")), new Run(new Text("实验小学")), new PhoneticRun(new Text("じっけん"))));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(
                new Row(new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("0") }) { RowIndex = 1 },
                new Row(
                    new Cell { CellReference = "A3", DataType = CellValues.SharedString, CellValue = new CellValue("1") },
                    new Cell { CellReference = "C3", CellValue = new CellValue("800.0") },
                    new Cell { CellReference = "D3", CellValue = new CellValue("2.1501E+9") }) { RowIndex = 3 }));
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Sheet1" }));
        }
        return buffer.ToArray();
    }

    [Fact]
    public void Shared_strings_numbers_and_gaps_read_as_the_sheet_shows_them()
    {
        using var reader = XlsxReader.Open(new MemoryStream(ExcelStyleWorkbook()), new SpreadsheetLimits());
        var header = reader.Read()!;
        header.Number.ShouldBe(1);
        header.Cells.ShouldBe(["学校名称"]);
        var row = reader.Read()!;
        row.Number.ShouldBe(3);
        row.Cells.ShouldBe(["重庆市实验小学", null, "800", "2150100000"]);
        reader.Read().ShouldBeNull();
    }

    [Fact]
    public void Anything_else_is_refused_in_chinese()
    {
        var error = Should.Throw<ValidationFailedException>(() => XlsxReader.Open(new MemoryStream("PK not really"u8.ToArray()), new SpreadsheetLimits()));
        error.Errors["file"].ShouldBe([XlsxReader.NotXlsx]);
    }
}
