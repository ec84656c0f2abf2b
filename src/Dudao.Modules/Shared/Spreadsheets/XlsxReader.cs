using System.Globalization;
using System.Xml;
using Dudao.Core.Errors;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dudao.Modules.Shared.Spreadsheets;

/// <summary>
/// Reads the first worksheet of an .xlsx row by row, so a sheet of hundreds of thousands of rows is
/// never held in memory; only the shared string table is. The package and its parts come from the
/// Open XML SDK; the sheet XML itself is read forward-only with an <see cref="XmlReader"/> over the
/// part's stream, which is several times faster than the SDK's <c>OpenXmlReader</c> (that one builds
/// an element object for every cell and value). Anything that is not a readable workbook becomes a
/// 400 with a Chinese message.
/// </summary>
public sealed class XlsxReader : IDisposable
{
    public const string NotXlsx = "文件不是有效的 .xlsx 文件";

    private readonly SpreadsheetDocument _document;
    private readonly XmlReader _xml;
    private readonly SheetNames _names;
    private readonly string[] _sharedStrings;
    private int _lastRow;

    private XlsxReader(SpreadsheetDocument document, XmlReader xml, SheetNames names, string[] sharedStrings)
    {
        _document = document;
        _xml = xml;
        _names = names;
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
            var names = new SheetNames();
            var strings = workbook.SharedStringTablePart is { } sst ? ReadSharedStrings(sst, names) : [];
            return new XlsxReader(document, Xml(part, names), names, strings);
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
            while (_xml.Read())
            {
                if (_xml.NodeType == XmlNodeType.Element && Is(_xml, _names.Row)) return ReadRow();
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
        _xml.Dispose();
        _document.Dispose();
    }

    private SheetRow ReadRow()
    {
        var number = _xml.GetAttribute("r") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : _lastRow + 1;
        _lastRow = number;
        var cells = new List<string?>();
        if (_xml.IsEmptyElement) return new SheetRow(number, []);
        var depth = _xml.Depth;
        while (Next() && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.NodeType != XmlNodeType.Element || !Is(_xml, _names.Cell)) continue;
            var column = _xml.GetAttribute("r") is { } reference ? ColumnIndex(reference) : cells.Count;
            var value = ReadCellValue();
            while (cells.Count < column) cells.Add(null);
            cells.Add(value);
        }
        return new SheetRow(number, [.. cells]);
    }

    /// <summary>The text of the cell the reader is on; leaves the reader on the cell's end.</summary>
    private string? ReadCellValue()
    {
        var type = _xml.GetAttribute("t");
        if (_xml.IsEmptyElement) return null;
        var depth = _xml.Depth;
        string? value = null;
        Next();
        while (!(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.NodeType == XmlNodeType.Element && Is(_xml, _names.Value)) value = _xml.ReadElementContentAsString();
            else if (_xml.NodeType == XmlNodeType.Element && Is(_xml, _names.InlineString)) value = ReadText(_xml, _names);
            else Next();
        }
        return type switch
        {
            "s" => _sharedStrings[int.Parse(value!, CultureInfo.InvariantCulture)],
            null or "n" => Number(value),
            _ => value,
        };
    }

    private bool Next() => _xml.Read() ? true : throw Invalid();

    /// <summary>
    /// The text of an inline string or shared-string item (plain, or rich-text runs); phonetic hints
    /// (rPh) are not part of the value. Leaves the reader after the element.
    /// </summary>
    private static string ReadText(XmlReader xml, SheetNames names)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }
        var depth = xml.Depth;
        var text = "";
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && Is(xml, names.Text)) text += xml.ReadElementContentAsString();
            else if (xml.NodeType == XmlNodeType.Element && Is(xml, names.Phonetic)) xml.Skip();
            else if (!xml.Read()) throw Invalid();
        }
        xml.Read();
        return text;
    }

    private static string[] ReadSharedStrings(SharedStringTablePart part, SheetNames names)
    {
        var strings = new List<string>();
        using var xml = Xml(part, names);
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && Is(xml, names.SharedItem)) strings.Add(ReadText(xml, names));
            else xml.Read();
        }
        return [.. strings];
    }

    private static XmlReader Xml(OpenXmlPart part, SheetNames names) =>
        XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), new XmlReaderSettings
        {
            NameTable = names.Table, IgnoreComments = true, IgnoreProcessingInstructions = true, IgnoreWhitespace = true,
            DtdProcessing = DtdProcessing.Prohibit, CloseInput = true,
        });

    // Names are atomised in the reader's name table, so a reference comparison is enough.
    private static bool Is(XmlReader xml, string name) => ReferenceEquals(xml.LocalName, name);

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

    private static bool IsFormatError(Exception e) =>
        e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or FormatException
            or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException or ArgumentException or InvalidCastException;

    private static ValidationFailedException Invalid() => ValidationFailedException.For("file", NotXlsx);

    /// <summary>The SpreadsheetML element names, atomised once per file.</summary>
    private sealed class SheetNames
    {
        public readonly NameTable Table = new();
        public readonly string Row, Cell, Value, InlineString, Text, Phonetic, SharedItem;

        public SheetNames()
        {
            Row = Table.Add("row");
            Cell = Table.Add("c");
            Value = Table.Add("v");
            InlineString = Table.Add("is");
            Text = Table.Add("t");
            Phonetic = Table.Add("rPh");
            SharedItem = Table.Add("si");
        }
    }
}
