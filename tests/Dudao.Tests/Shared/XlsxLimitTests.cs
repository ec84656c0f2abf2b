using System.Diagnostics;
using Dudao.Core.Errors;
using Dudao.Modules.Shared.Spreadsheets;

namespace Dudao.Tests.Shared;

public sealed class XlsxLimitTests
{
    public static TheoryData<string> Cases => [.. HostileSheets.All().Select(c => c.Name)];

    [Theory, MemberData(nameof(Cases))]
    public void A_small_file_describing_something_huge_is_refused_quickly_and_without_building_it(string name)
    {
        var (_, file, refusal) = HostileSheets.All().Single(c => c.Name == name);
        file.Length.ShouldBeLessThan(1 << 20, "the crafted file itself is small");
        Refusal(file).ShouldContain(refusal);
    }

    [Fact]
    public void The_worksheet_is_refused_from_the_zip_directory_when_it_inflates_beyond_the_sheet_limit()
    {
        var file = CraftedXlsx.Build(w => CraftedXlsx.Repeat(w, "<row/>", 400_000));
        Refusal(file, new SpreadsheetLimits { MaxSheetBytes = 1 << 20 }).ShouldBe("文件中的 xl/worksheets/sheet1.xml 解压后有 2.3 MB，超过了 1 MB 的上限");
    }

    [Fact]
    public void Limits_are_whatever_the_configuration_says()
    {
        var limits = new SpreadsheetLimits { MaxRows = 10, MaxColumns = 3, MaxCellChars = 5, MaxTextRuns = 2 };
        Refusal(CraftedXlsx.Build(CraftedXlsx.Row(11, "x")), limits).ShouldBe("工作表的行号 11 超过了上限：最多 10 行");
        Refusal(CraftedXlsx.Build(CraftedXlsx.Row(1, "a", "b", "c", "d")), limits).ShouldBe("单元格 D1超出了列数上限：最多 3 列");
        Refusal(CraftedXlsx.Build("<row><c/><c/><c/><c/></row>"), limits).ShouldBe("第1行第4列超出了列数上限：最多 3 列");
        Refusal(CraftedXlsx.Build(CraftedXlsx.Row(1, "123456")), limits).ShouldBe("单元格内容过长：每个单元格最多 5 个字符");
        Refusal(CraftedXlsx.Build("<row><c t=\"s\"><v>0</v></c></row>", "<si><r><t>a</t></r><r><t>b</t></r><r><t>c</t></r></si>"), limits)
            .ShouldBe("单元格中的格式片段超过了上限：每个单元格最多 2 段");

        using var reader = XlsxReader.Open(new MemoryStream(CraftedXlsx.Build(CraftedXlsx.Row(10, "a", "b", "c") + CraftedXlsx.Row(1, "12345"))), limits);
        reader.Read()!.Cells.ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public void Comments_cdata_and_instructions_of_ordinary_size_read_as_before()
    {
        var file = CraftedXlsx.Build("<!-- a <comment> with > inside --><?pi with <angle> ?>" +
                                     "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[<b>粗体</b> ]> ]]]]></t></is></c></row>");
        using var reader = XlsxReader.Open(new MemoryStream(file), new SpreadsheetLimits());
        reader.Read()!.Cells.ShouldBe(["<b>粗体</b> ]> ]]"]);
    }

    [Fact]
    public void Characters_xml_forbids_are_read_as_excel_escapes_them_so_the_import_can_name_the_cell()
    {
        var file = CraftedXlsx.Build("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>实验_x0001_小学</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>A&#1;B</t></is></c>" +
                                     "<c r=\"C1\" t=\"inlineStr\"><is><t>下_x005F_x0041_划</t></is></c></row>");
        using var reader = XlsxReader.Open(new MemoryStream(file), new SpreadsheetLimits());
        reader.Read()!.Cells.ShouldBe(["实验\u0001小学", "A\u0001B", "下_x0041_划"]);
    }

    /// <summary>Reads the whole file and returns the refusal, checking that it came within seconds and a few megabytes.</summary>
    private static string Refusal(byte[] file, SpreadsheetLimits? limits = null)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var error = Should.Throw<ValidationFailedException>(() =>
        {
            using var reader = XlsxReader.Open(new MemoryStream(file), limits ?? new SpreadsheetLimits());
            while (reader.Read() is not null) { }
        });
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
        (GC.GetAllocatedBytesForCurrentThread() - allocated).ShouldBeLessThan(16L << 20);
        return error.Errors["file"].Single();
    }
}
