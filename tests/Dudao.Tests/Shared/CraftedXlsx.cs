using System.IO.Compression;
using System.Text;

namespace Dudao.Tests.Shared;

/// <summary>
/// Hand-written .xlsx packages, zipped with System.IO.Compression the way a hostile or broken
/// producer would write them: the sheet and shared-string XML are whatever the test says.
/// </summary>
internal static class CraftedXlsx
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A workbook whose sheetData holds <paramref name="rows"/> (and a shared-string table when given).</summary>
    public static byte[] Build(string rows, string? sharedItems = null) =>
        Build(w => w.Write(rows), sharedItems is null ? null : w => w.Write(sharedItems));

    /// <summary>As <see cref="Build(string, string?)"/>, with the XML streamed into the zip (for parts far larger than the file).</summary>
    public static byte[] Build(Action<TextWriter> rows, Action<TextWriter>? sharedItems = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
                "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" +
                "</Types>"));
            Add(zip, "_rels/.rels", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>" +
                "</Relationships>"));
            Add(zip, "xl/workbook.xml", w => w.Write(
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
                "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            Add(zip, "xl/_rels/workbook.xml.rels", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
                (sharedItems is null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>") +
                "</Relationships>"));
            Add(zip, "xl/worksheets/sheet1.xml", w =>
            {
                w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>");
                rows(w);
                w.Write("</sheetData></worksheet>");
            });
            if (sharedItems is not null)
            {
                Add(zip, "xl/sharedStrings.xml", w =>
                {
                    w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">");
                    sharedItems(w);
                    w.Write("</sst>");
                });
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A row of inline strings, e.g. the headers an import expects.</summary>
    public static string Row(int number, params string?[] cells) =>
        $"<row r=\"{number}\">" +
        string.Concat(cells.Select((c, i) => c is null ? "" : $"<c r=\"{(char)('A' + i)}{number}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(c)}</t></is></c>")) +
        "</row>";

    /// <summary>Writes <paramref name="count"/> copies of <paramref name="text"/> without building them in memory.</summary>
    public static void Repeat(TextWriter writer, string text, int count)
    {
        for (var i = 0; i < count; i++) writer.Write(text);
    }

    private static void Add(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false), 1 << 16);
        write(writer);
    }
}
