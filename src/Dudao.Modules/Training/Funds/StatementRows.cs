using System.Text;
using Dudao.Core.Errors;
using Dudao.Modules.Shared.Spreadsheets;

namespace Dudao.Modules.Training.Funds;

/// <summary>
/// The rows of a custody platform's statement, from an .xlsx (first sheet) or a UTF-8 .csv, the header on
/// row 1. More than <see cref="MaxRows"/> data rows refuses the file, before anything is written.
/// </summary>
internal static class StatementRows
{
    public const int MaxRows = 20_000;

    public static IEnumerable<SheetRow> Read(Stream file, string fileName, SpreadsheetLimits limits)
    {
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return Capped(Xlsx(file, limits));
        if (fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) return Capped(Csv(file));
        throw ValidationFailedException.For("file", "对账单应为 .xlsx 或 .csv 文件");
    }

    private static IEnumerable<SheetRow> Capped(IEnumerable<SheetRow> rows)
    {
        foreach (var row in rows)
        {
            if (row.Number > MaxRows + 1) throw ValidationFailedException.For("file", $"一份对账单最多{MaxRows}行数据，请分成几份导入");
            yield return row;
        }
    }

    private static IEnumerable<SheetRow> Xlsx(Stream file, SpreadsheetLimits limits)
    {
        using var sheet = XlsxReader.Open(file, limits);
        while (sheet.Read() is { } row) yield return row;
    }

    /// <summary>RFC 4180: fields separated by commas, quoted with double quotes (doubled inside), CRLF or LF line ends.</summary>
    private static IEnumerable<SheetRow> Csv(Stream file)
    {
        using var reader = new StreamReader(file, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        string text;
        try
        {
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw ValidationFailedException.For("file", "CSV 文件应为 UTF-8 编码（在 Excel 中另存为“CSV UTF-8”）");
        }
        var (cells, field, quoted, number) = (new List<string?>(), new StringBuilder(), false, 1);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    cells.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(field.ToString());
                    field.Clear();
                    yield return new SheetRow(number++, [.. cells]);
                    cells.Clear();
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (field.Length > 0 || cells.Count > 0)
        {
            cells.Add(field.ToString());
            yield return new SheetRow(number, [.. cells]);
        }
    }
}
