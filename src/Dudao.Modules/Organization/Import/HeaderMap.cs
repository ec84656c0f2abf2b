using Dudao.Core.Errors;
using Dudao.Core.Text;
using Dudao.Modules.Shared.Spreadsheets;

namespace Dudao.Modules.Organization.Import;

/// <summary>
/// Where each expected header sits in row 1; columns may come in any order, extra ones are ignored,
/// optional ones may be missing (their cells then read as blank).
/// </summary>
public sealed class HeaderMap
{
    private readonly Dictionary<string, int> _columns;
    private readonly IReadOnlyList<string> _expected;

    private HeaderMap(Dictionary<string, int> columns, IReadOnlyList<string> expected)
    {
        _columns = columns;
        _expected = expected;
    }

    /// <exception cref="ImportRejectedException">A header is missing (each one named, on row 1).</exception>
    public static HeaderMap From(SheetRow? header, IEnumerable<string> required)
    {
        var expected = required.ToList();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        if (header is { Number: 1 })
        {
            for (var i = 0; i < header.Cells.Length; i++)
            {
                if (header.Cells[i]?.Trim() is { Length: > 0 } name) columns.TryAdd(name, i);
            }
        }
        var missing = expected.Where(h => !columns.ContainsKey(h))
            .Select(h => new RowError(1, h, $"第1行缺少表头“{h}”"))
            .ToList();
        if (missing.Count > 0) throw new ImportRejectedException(missing);
        return new HeaderMap(columns, expected);
    }

    public bool Has(string header) => _columns.ContainsKey(header);

    /// <returns>The column of <paramref name="header"/>, or -1 when the file does not have it.</returns>
    public int IndexOf(string header) => _columns.GetValueOrDefault(header, -1);

    /// <summary>
    /// An error for each expected column whose cell holds a character XML cannot carry (a control
    /// character pasted into Excel): stored, it would break every export that includes the record.
    /// </summary>
    public IEnumerable<RowError> ForbiddenText(SheetRow row)
    {
        foreach (var header in _expected)
        {
            var index = _columns[header];
            if (index < row.Cells.Length && XmlChars.Check(row.Cells[index]) is { } problem)
                yield return new RowError(row.Number, header, $"{header}：{problem}");
        }
    }
}
