using Dudao.Modules.Escalation.Docket;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Shared.Documents;
using Dudao.Modules.Shared.Spreadsheets;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dudao.Tests.Shared;

/// <summary>Text stored before input refused control characters still exports, without them.</summary>
public sealed class ExportTextTests
{
    private const string Dirty = "实验\u0001小学\u000B\uD800";

    [Fact]
    public void The_xlsx_writer_drops_characters_xml_cannot_carry()
    {
        using var buffer = new MemoryStream();
        XlsxWriter.Write(buffer, "名录\u0001", ["名称\u0002"], [[Dirty, 3]]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(buffer.ToArray()), false);
        var texts = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Select(c => c.InnerText).ToList();
        texts.ShouldBe(["名称", "实验小学", "3"]);
        document.WorkbookPart.Workbook.Descendants<Sheet>().Single().Name!.Value.ShouldBe("名录");
    }

    [Fact]
    public void The_docket_drops_characters_xml_cannot_carry()
    {
        var record = new EscalationRecord
        {
            RegionCode = "500107", TargetKind = "school", TargetId = "x", TargetName = Dirty, Level = "listed", Reason = "事由\u0007",
            DecidedOn = new DateOnly(2026, 11, 23), Requirement = "要求\uDFFF",
        };
        var header = new DocumentHeader("重庆市九龙坡区人民政府教育督导室\u0001", "九龙坡督办〔2026〕1号", new DateOnly(2026, 11, 24));
        var docx = DocketDocument.Build(record, [], "九龙坡区\u0001", header, new DateOnly(2026, 11, 24));

        var text = Inspections.ReportTests.Text(docx);
        text.ShouldContain("督办对象：实验小学");
        text.ShouldContain("所在地区：九龙坡区");
        text.ShouldContain("督办事项：事由");
        text.ShouldContain("督办要求：要求");
        text.ShouldContain("重庆市九龙坡区人民政府教育督导室（盖章）");
    }
}
