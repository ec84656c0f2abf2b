using System.Globalization;
using Dudao.Modules.Shared.Spreadsheets;

namespace Dudao.Modules.Organization.Import;

/// <summary>One data row read by header name; blank cells read as null.</summary>
public sealed class RowValues(HeaderMap headers, SheetRow row)
{
    public string? this[string header]
    {
        get
        {
            var index = headers.IndexOf(header);
            var value = index >= 0 && index < row.Cells.Length ? row.Cells[index]?.Trim() : null;
            return string.IsNullOrEmpty(value) ? null : value;
        }
    }

    /// <summary>The cell as a whole number, or null when it is blank or not one (the input's rules then say so).</summary>
    public int? Number(string header) =>
        int.TryParse(this[header], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
