namespace Dudao.Core.Errors;

/// <summary>
/// The row errors of an import as they are found: the first <c>limit</c> are kept and the rest only
/// counted, so a file with a million bad rows is refused with a short list that ends "……及另外N处错误".
/// </summary>
public sealed class RowErrors(int limit)
{
    private readonly List<RowError> _listed = [];
    private int _more;
    private int _firstMoreRow;

    public int Count => _listed.Count + _more;

    public void Add(RowError error)
    {
        if (_listed.Count < limit)
        {
            _listed.Add(error);
            return;
        }
        if (_more++ == 0) _firstMoreRow = error.Row;
    }

    public void AddRange(IEnumerable<RowError> errors)
    {
        foreach (var error in errors) Add(error);
    }

    /// <exception cref="ImportRejectedException">Any error was added.</exception>
    public void ThrowIfAny()
    {
        if (Count == 0) return;
        IReadOnlyList<RowError> listed = _more == 0
            ? _listed
            : [.. _listed, new RowError(_firstMoreRow, null, $"……及另外{_more}处错误（只列出前{limit}处）")];
        throw new ImportRejectedException(listed, Count);
    }
}
