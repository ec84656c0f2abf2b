using System.Globalization;
using System.Xml;
using Dudao.Core.Errors;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dudao.Modules.Shared.Spreadsheets;

/// <summary>
/// Reads the first worksheet of an .xlsx row by row with the SAX-style <see cref="OpenXmlReader"/>,
/// so a sheet of hundreds of thousands of rows is never held in memory; only the shared string
/// table is. Anything that is not a readable workbook becomes a 400 with a Chinese message.
/// </summary>
public sealed class XlsxReader : IDisposable
{
    public const string NotXlsx = "文件不是有效的 .xlsx 文件";

    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly string[] _sharedStrings;
    private int _lastRow;

    private XlsxReader(SpreadsheetDocument document, OpenXmlReader reader, string[] sharedStrings)
    {
        _document = document;
        _reader = reader;
        _sharedStrings = sharedStrings;
    }

    public static XlsxReader Open(Stream stream)
    {
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw Invalid();
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw Invalid();
            var id = sheet.Id?.Value ?? throw Invalid();
            var part = (WorksheetPart)workbook.GetPartById(id);
            var strings = ReadSharedStrings(workbook.SharedStringTablePart);
            return new XlsxReader(document, OpenXmlReader.Create(part), strings);
        }
        catch (Exception e) when (IsFormatError(e))
        {
            document?.Dispose();
            throw Invalid();
        }
    }

    /// <summary>The next row that has an element in the sheet, or null at the end.</summary>
    public SheetRow? Read()
    {
        try
        {
            while (_reader.Read())
            {
                if (_reader.ElementType == typeof(Row) && _reader.IsStartElement) return ReadRow();
            }
            return null;
        }
        catch (Exception e) when (IsFormatError(e))
        {
            throw Invalid();
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _document.Dispose();
    }

    private SheetRow ReadRow()
    {
        var number = _lastRow + 1;
        foreach (var a in _reader.Attributes)
        {
            if (a.LocalName == "r") number = int.Parse(a.Value!, CultureInfo.InvariantCulture);
        }
        _lastRow = number;
        var cells = new List<string?>();
        while (_reader.Read())
        {
            if (_reader.ElementType == typeof(Row) && _reader.IsEndElement) break;
            if (_reader.ElementType != typeof(Cell) || !_reader.IsStartElement) continue;
            var (column, value) = ReadCell(cells.Count);
            while (cells.Count < column) cells.Add(null);
            cells.Add(value);
        }
        return new SheetRow(number, [.. cells]);
    }

    /// <summary>Reads one cell: its column (from its reference, else the next one) and its text.</summary>
    private (int Column, string? Value) ReadCell(int next)
    {
        var column = next;
        string? type = null;
        foreach (var a in _reader.Attributes)
        {
            if (a.LocalName == "r") column = ColumnIndex(a.Value!);
            else if (a.LocalName == "t") type = a.Value;
        }
        string? value = null;
        while (_reader.Read())
        {
            if (_reader.ElementType == typeof(Cell) && _reader.IsEndElement) break;
            if (!_reader.IsStartElement) continue;
            if (_reader.ElementType == typeof(CellValue)) value = _reader.GetText();
            else if (_reader.ElementType == typeof(Text)) value += _reader.GetText();
        }
        return (column, type switch
        {
            "s" => _sharedStrings[int.Parse(value!, CultureInfo.InvariantCulture)],
            null or "n" => Number(value),
            _ => value,
        });
    }

    /// <summary>Whole numbers read back as typed ("800", not "800.0" or "2.1501E+9").</summary>
    private static string? Number(string? value) =>
        decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d)
            ? d.ToString("0", CultureInfo.InvariantCulture)
            : value;

    /// <summary>"B7" → 1.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterUpper(c)) break;
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    private static string[] ReadSharedStrings(SharedStringTablePart? part)
    {
        if (part is null) return [];
        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement) continue;
            var item = (SharedStringItem)reader.LoadCurrentElement()!;
            // Plain text or rich-text runs; phonetic hints (rPh) are not part of the value.
            strings.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)));
        }
        return [.. strings];
    }

    private static bool IsFormatError(Exception e) =>
        e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or FormatException
            or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException or ArgumentException or InvalidCastException;

    private static ValidationFailedException Invalid() => ValidationFailedException.For("file", NotXlsx);
}
