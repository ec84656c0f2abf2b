using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Dudao.Core.Errors;
using DocumentFormat.OpenXml.Packaging;

namespace Dudao.Modules.Shared.Spreadsheets;

/// <summary>
/// Reads the first worksheet of an .xlsx row by row, so a sheet of hundreds of thousands of rows is
/// never held in memory; only the shared string table is. The package and its parts come from the
/// Open XML SDK; the XML itself is read forward-only with an <see cref="XmlReader"/> over each
/// part's stream, which is several times faster than the SDK's <c>OpenXmlReader</c> (that one builds
/// an element object for every cell and value). Anything that is not a readable workbook, or that
/// goes beyond <see cref="SpreadsheetLimits"/>, becomes a 400 with a Chinese message, checked before
/// or while reading so that a small file cannot make the reader build something huge.
/// </summary>
public sealed partial class XlsxReader : IDisposable
{
    public const string NotXlsx = "文件不是有效的 .xlsx 文件";

    private readonly SpreadsheetDocument _document;
    private readonly PartSizes _sizes;
    private readonly SpreadsheetLimits _limits;
    private readonly SheetNames _names = new();
    private readonly TextParts _item = new(), _content = new();
    private string[] _sharedStrings = [];
    private XmlReader? _sheet;
    private int _lastRow;

    private XlsxReader(SpreadsheetDocument document, PartSizes sizes, SpreadsheetLimits limits)
    {
        _document = document;
        _sizes = sizes;
        _limits = limits;
    }

    public static XlsxReader Open(Stream stream, SpreadsheetLimits limits)
    {
        XlsxReader? reader = null;
        try
        {
            var sizes = PartSizes.Read(stream, limits);
            reader = new XlsxReader(SpreadsheetDocument.Open(stream, false), sizes, limits);
            reader.Start();
            return reader;
        }
        catch (Exception e)
        {
            reader?.Dispose();
            if (IsFormatError(e)) throw Invalid();
            throw;
        }
    }

    /// <summary>The next row that has an element in the sheet, or null at the end.</summary>
    public SheetRow? Read()
    {
        try
        {
            while (Sheet.Read())
            {
                if (Sheet.NodeType == XmlNodeType.Element && Is(Sheet, _names.Row)) return ReadRow();
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
        _sheet?.Dispose();
        _document.Dispose();
    }

    internal static ValidationFailedException Invalid() => Refused(NotXlsx);

    internal static ValidationFailedException Refused(string message) => ValidationFailedException.For("file", message);

    private void Start()
    {
        var workbook = _document.WorkbookPart ?? throw Invalid();
        var sheetId = FirstSheetId(workbook) ?? throw Invalid();
        if (workbook.SharedStringTablePart is { } strings) _sharedStrings = ReadSharedStrings(strings);
        _sheet = Open(workbook.GetPartById(sheetId) as WorksheetPart ?? throw Invalid(), _limits.MaxSheetBytes);
    }

    /// <summary>The worksheet's reader, set once <see cref="Start"/> has found the sheet.</summary>
    private XmlReader Sheet => _sheet!;

    /// <summary>The relationship id of the first sheet, read forward-only rather than loading the workbook as objects.</summary>
    private string? FirstSheetId(WorkbookPart workbook)
    {
        using var xml = Open(workbook, _limits.MaxPartBytes);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || !Is(xml, _names.Sheet)) continue;
            // r:id, in the transitional or the strict relationships namespace.
            while (xml.MoveToNextAttribute())
            {
                if (xml.LocalName == "id" && xml.NamespaceURI.Length > 0) return xml.Value;
            }
            return null;
        }
        return null;
    }

    private string[] ReadSharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        using var xml = Open(part, _limits.MaxPartBytes);
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && Is(xml, _names.SharedItem)) strings.Add(ReadItem(xml));
            else xml.Read();
        }
        return [.. strings];
    }

    private SheetRow ReadRow()
    {
        var number = RowNumber(Sheet.GetAttribute("r"));
        _lastRow = number;
        var cells = new List<string?>();
        if (Sheet.IsEmptyElement) return new SheetRow(number, []);
        var depth = Sheet.Depth;
        while (Next(Sheet) && !(Sheet.NodeType == XmlNodeType.EndElement && Sheet.Depth == depth))
        {
            if (Sheet.NodeType != XmlNodeType.Element || !Is(Sheet, _names.Cell)) continue;
            var column = Sheet.GetAttribute("r") is { } reference ? ColumnIndex(reference) : cells.Count;
            if (column >= _limits.MaxColumns) throw TooWide($"第{number}行第{column + 1}列");
            var value = ReadCellValue(number);
            while (cells.Count < column) cells.Add(null);
            cells.Add(value);
        }
        return new SheetRow(number, [.. cells]);
    }

    /// <summary>The row's r attribute, or the number after the previous row's.</summary>
    private int RowNumber(string? r)
    {
        long number;
        if (r is null) number = _lastRow + 1L;
        else if (r.Length == 0 || r.AsSpan().ContainsAnyExceptInRange('0', '9')) throw Invalid();
        else number = r.Length > 18 ? long.MaxValue : long.Parse(r, CultureInfo.InvariantCulture);
        if (number > _limits.MaxRows)
            throw Refused($"工作表的行号 {Shorten(r ?? number.ToString(CultureInfo.InvariantCulture))} 超过了上限：最多 {_limits.MaxRows} 行");
        return number >= 1 ? (int)number : throw Invalid();
    }

    /// <summary>"B7" → 1.</summary>
    private int ColumnIndex(string reference)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterUpper(c)) break;
            // Three letters reach XFD, Excel's last column; a longer reference is never a real one.
            if (++letters > 3) throw TooWide($"单元格 {Shorten(reference)}");
            index = index * 26 + (c - 'A' + 1);
        }
        if (letters == 0) throw Invalid();
        if (index > _limits.MaxColumns) throw TooWide($"单元格 {Shorten(reference)}");
        return index - 1;
    }

    /// <summary>The text of the cell the reader is on; leaves the reader on the cell's end.</summary>
    private string? ReadCellValue(int row)
    {
        var type = Sheet.GetAttribute("t");
        if (Sheet.IsEmptyElement) return null;
        var depth = Sheet.Depth;
        string? value = null;
        Next(Sheet);
        while (!(Sheet.NodeType == XmlNodeType.EndElement && Sheet.Depth == depth))
        {
            if (Sheet.NodeType == XmlNodeType.Element && Is(Sheet, _names.Value)) value = ReadContent(Sheet, 0);
            else if (Sheet.NodeType == XmlNodeType.Element && Is(Sheet, _names.InlineString)) value = ReadItem(Sheet);
            else Next(Sheet);
        }
        return type switch
        {
            "s" => SharedString(value, row),
            null or "n" => Number(value),
            "str" => Unescape(value),
            _ => value,
        };
    }

    private string SharedString(string? index, int row) =>
        int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _sharedStrings.Length
            ? _sharedStrings[i]
            : throw Refused($"第{row}行的单元格引用了不存在的共享字符串（序号 {Shorten(index ?? "")}）");

    /// <summary>
    /// The text of an inline string or shared-string item (plain, or rich-text runs); phonetic hints
    /// (rPh) are not part of the value. Leaves the reader after the element.
    /// </summary>
    private string ReadItem(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }
        var depth = xml.Depth;
        var runs = 0;
        _item.Clear();
        Next(xml);
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && Is(xml, _names.Text))
            {
                _item.Add(ReadContent(xml, _item.Length));
            }
            else if (xml.NodeType == XmlNodeType.Element && Is(xml, _names.Phonetic))
            {
                xml.Skip();
            }
            else
            {
                if (xml.NodeType == XmlNodeType.Element && Is(xml, _names.Run) && ++runs > _limits.MaxTextRuns)
                    throw Refused($"单元格中的格式片段超过了上限：每个单元格最多 {_limits.MaxTextRuns} 段");
                Next(xml);
            }
        }
        xml.Read();
        return Unescape(_item.ToString());
    }

    /// <summary>
    /// The text of the element the reader is on (a &lt;t&gt; or &lt;v&gt;), node by node: the markup guard
    /// bounds each node, and the cell limit the whole (<paramref name="before"/> characters of the cell
    /// came earlier). Leaves the reader after the element.
    /// </summary>
    private string ReadContent(XmlReader xml, int before)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }
        var depth = xml.Depth;
        _content.Clear();
        Next(xml);
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                _content.Add(xml.Value);
                if (before + _content.Length > _limits.MaxCellChars) throw CellTooLong();
            }
            Next(xml);
        }
        xml.Read();
        return _content.ToString();
    }

    private XmlReader Open(OpenXmlPart part, long maxBytes)
    {
        _sizes.Check(part, maxBytes);
        // Between two tags there is at most one cell's text, each character written in at most 8 bytes (&#65535;).
        var guard = new MarkupGuard(part.GetStream(FileMode.Open, FileAccess.Read), _limits.MaxCellChars * 8L + 4096, CellTooLong);
        return XmlReader.Create(guard, new XmlReaderSettings
        {
            NameTable = _names.Table, IgnoreComments = true, IgnoreProcessingInstructions = true, IgnoreWhitespace = true,
            DtdProcessing = DtdProcessing.Prohibit, CloseInput = true,
            // Characters XML forbids reach the importer, which names their row and column, instead of failing the file.
            CheckCharacters = false,
        });
    }

    private static bool Next(XmlReader xml) => xml.Read() ? true : throw Invalid();

    // Names are atomised in the reader's name table, so a reference comparison is enough.
    private static bool Is(XmlReader xml, string name) => ReferenceEquals(xml.LocalName, name);

    /// <summary>Whole numbers read back as typed ("800", not "800.0" or "2.1501E+9").</summary>
    private static string? Number(string? value) =>
        decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d)
            ? d.ToString("0", CultureInfo.InvariantCulture)
            : value;

    /// <summary>Excel writes a character XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x); this reads it back.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    private static string? Unescape(string? text) =>
        text is null || !text.Contains("_x", StringComparison.Ordinal)
            ? text
            : EscapedChar().Replace(text, m => ((char)int.Parse(m.ValueSpan[2..6], NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex("_x[0-9A-Fa-f]{4}_")]
    private static partial Regex EscapedChar();

    private ValidationFailedException CellTooLong() => Refused($"单元格内容过长：每个单元格最多 {_limits.MaxCellChars} 个字符");

    private ValidationFailedException TooWide(string where) => Refused($"{where}超出了列数上限：最多 {_limits.MaxColumns} 列");

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";

    private static bool IsFormatError(Exception e) =>
        e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or FormatException
            or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException or ArgumentException or InvalidCastException;

    /// <summary>Text gathered in pieces, kept as its one piece when there is only one (the usual case) rather than copied.</summary>
    private sealed class TextParts
    {
        private readonly StringBuilder _joined = new();
        private string? _only;

        public int Length => _only?.Length ?? _joined.Length;

        public void Clear()
        {
            _only = null;
            _joined.Clear();
        }

        public void Add(string part)
        {
            if (_only is null && _joined.Length == 0)
            {
                _only = part;
                return;
            }
            if (_only is not null)
            {
                _joined.Append(_only);
                _only = null;
            }
            _joined.Append(part);
        }

        public override string ToString() => _only ?? _joined.ToString();
    }

    /// <summary>The SpreadsheetML element names, atomised once per file.</summary>
    private sealed class SheetNames
    {
        public readonly NameTable Table = new();
        public readonly string Sheet, Row, Cell, Value, InlineString, Text, Run, Phonetic, SharedItem;

        public SheetNames()
        {
            Sheet = Table.Add("sheet");
            Row = Table.Add("row");
            Cell = Table.Add("c");
            Value = Table.Add("v");
            InlineString = Table.Add("is");
            Text = Table.Add("t");
            Run = Table.Add("r");
            Phonetic = Table.Add("rPh");
            SharedItem = Table.Add("si");
        }
    }
}
