using System.Net.Http.Headers;
using Dudao.Modules.Shared.Spreadsheets;

namespace Dudao.Tests.Organization.Import;

/// <summary>Builds .xlsx uploads and reads downloaded ones.</summary>
internal static class Sheets
{
    public static byte[] Build(IReadOnlyList<string> headers, params object?[][] rows)
    {
        using var buffer = new MemoryStream();
        XlsxWriter.Write(buffer, "Sheet1", headers, rows);
        return buffer.ToArray();
    }

    public static List<SheetRow> Read(byte[] file)
    {
        using var reader = XlsxReader.Open(new MemoryStream(file), new SpreadsheetLimits());
        var rows = new List<SheetRow>();
        while (reader.Read() is { } row) rows.Add(row);
        return rows;
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, byte[] file, string fileName = "import.xlsx")
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(XlsxWriter.ContentType);
        content.Add(part, "file", fileName);
        return client.PostAsync(url, content);
    }
}
