using Dudao.Modules.Organization.Schools;

namespace Dudao.Tests.Shared;

/// <summary>
/// Small files that describe something huge, each with the school import's headers in row 1 so an
/// import reads up to the trap. Each comes with a fragment of the Chinese refusal it must get.
/// </summary>
internal static class HostileSheets
{
    public static readonly string Headers = CraftedXlsx.Row(1, [.. SchoolInput.Headers.Values]);

    private static readonly Lazy<byte[]> HugeSharedString = new(() => CraftedXlsx.Build(
        w => w.Write(Headers + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"),
        w =>
        {
            w.Write("<si><t>");
            CraftedXlsx.Repeat(w, new string('a', 1 << 20), 200);
            w.Write("</t></si>");
        }));

    public static IEnumerable<(string Name, byte[] File, string Refusal)> All()
    {
        yield return ("row number beyond int", CraftedXlsx.Build(Headers + "<row r=\"99999999999\"><c r=\"A99999999999\" t=\"inlineStr\"><is><t>x</t></is></c></row>"),
            "工作表的行号 99999999999 超过了上限：最多 1048576 行");
        yield return ("row 5 000 000", CraftedXlsx.Build(Headers + CraftedXlsx.Row(5_000_000, "x")), "工作表的行号 5000000 超过了上限");
        yield return ("row 2 000 000 000", CraftedXlsx.Build(Headers + CraftedXlsx.Row(2_000_000_000, "x")), "工作表的行号 2000000000 超过了上限");
        yield return ("column XFDXFD", CraftedXlsx.Build(Headers + "<row r=\"2\"><c r=\"XFDXFD2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"),
            "单元格 XFDXFD2超出了列数上限：最多 16384 列");
        yield return ("column of 100 letters", CraftedXlsx.Build(Headers + $"<row r=\"2\"><c r=\"{new string('Z', 100)}2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"),
            "超出了列数上限：最多 16384 列");
        yield return ("shared-string index beyond int", CraftedXlsx.Build(Headers + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>99999999999</v></c></row>", "<si><t>x</t></si>"),
            "第2行的单元格引用了不存在的共享字符串（序号 99999999999）");
        yield return ("200 MB shared string", HugeSharedString.Value, "文件中的 xl/sharedStrings.xml 解压后有 200 MB，超过了 128 MB 的上限");
        yield return ("10 MB cell", CraftedXlsx.Build(w =>
            {
                w.Write(Headers + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
                CraftedXlsx.Repeat(w, new string('a', 1 << 20), 10);
                w.Write("</t></is></c></row>");
            }), "单元格内容过长：每个单元格最多 32767 个字符");
        yield return ("10 MB cell in CDATA full of '<'", CraftedXlsx.Build(w =>
            {
                w.Write(Headers + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t><![CDATA[");
                CraftedXlsx.Repeat(w, "<a>", 3_500_000);
                w.Write("]]></t></is></c></row>");
            }), "单元格内容过长：每个单元格最多 32767 个字符");
        yield return ("10 MB comment full of '<' and '>'", CraftedXlsx.Build(w =>
            {
                w.Write(Headers + "<!--");
                CraftedXlsx.Repeat(w, "<a>", 3_500_000);
                w.Write("-->");
            }), "单元格内容过长");
        yield return ("10 MB processing instruction", CraftedXlsx.Build(w =>
            {
                w.Write(Headers + "<?pi ");
                CraftedXlsx.Repeat(w, "<a>", 3_500_000);
                w.Write("?>");
            }), "单元格内容过长");
        yield return ("10 MB cell split by comments", CraftedXlsx.Build(w =>
            {
                w.Write(Headers + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
                CraftedXlsx.Repeat(w, new string('a', 100_000) + "<!---->", 100);
                w.Write("</t></is></c></row>");
            }), "单元格内容过长：每个单元格最多 32767 个字符");
        yield return ("10 MB attribute", CraftedXlsx.Build(w =>
            {
                w.Write(Headers + "<row r=\"2\"><c r=\"A2\" s=\"");
                CraftedXlsx.Repeat(w, new string('9', 1 << 20), 10);
                w.Write("\"/></row>");
            }), "单元格内容过长");
        yield return ("60 000 rich-text runs", CraftedXlsx.Build(Headers + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>",
                "<si>" + string.Concat(Enumerable.Repeat("<r><rPr><b/></rPr><t>x</t></r>", 60_000)) + "</si>"),
            "单元格中的格式片段超过了上限：每个单元格最多 1000 段");
    }
}
