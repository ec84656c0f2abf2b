namespace Dudao.Modules.Shared.Spreadsheets;

/// <summary>
/// What an uploaded .xlsx may make the reader do (<c>Dudao:Spreadsheets</c>). A zip packs text about
/// a thousand to one, so a file of a few kilobytes can describe millions of rows or a string of
/// hundreds of megabytes; every limit here is checked before or while reading, never after.
/// </summary>
public sealed class SpreadsheetLimits
{
    public const string Section = "Dudao:Spreadsheets";

    /// <summary>Highest row number (Excel's own limit).</summary>
    public int MaxRows { get; set; } = 1_048_576;

    /// <summary>Columns, up to XFD (Excel's own limit).</summary>
    public int MaxColumns { get; set; } = 16_384;

    /// <summary>Characters in one cell (Excel's own limit).</summary>
    public int MaxCellChars { get; set; } = 32_767;

    /// <summary>Rich-text runs in one cell; real formatting needs a handful.</summary>
    public int MaxTextRuns { get; set; } = 1_000;

    /// <summary>Decompressed bytes of the worksheet, which is streamed: 400 000 institutions take about 280 MB.</summary>
    public long MaxSheetBytes { get; set; } = 1L << 30;

    /// <summary>Decompressed bytes of any other part read (shared strings, workbook, relationships), which are held in memory.</summary>
    public long MaxPartBytes { get; set; } = 128L << 20;

    /// <summary>Row errors listed; the rest are counted in a last "……及另外N处错误".</summary>
    public int MaxRowErrors { get; set; } = 1_000;
}
