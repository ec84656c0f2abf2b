namespace Dudao.Core.Errors;

/// <summary>Field → Chinese messages, gathered before anything is written.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
        return this;
    }

    public ValidationErrors AddIf(string field, string? message) => message is null ? this : Add(field, message);

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public void ThrowIfAny()
    {
        if (Any) throw new ValidationFailedException(this);
    }
}

/// <summary>Bad input: becomes 400 with <c>errors</c> in the API and field messages on pages.</summary>
public sealed class ValidationFailedException(ValidationErrors errors) : Exception("输入有误")
{
    public IDictionary<string, string[]> Errors { get; } = errors.ToDictionary();

    public static ValidationFailedException For(string field, string message) => new(new ValidationErrors().Add(field, message));

    /// <summary>Throws for <paramref name="field"/> when a <see cref="Check"/> returned a message.</summary>
    public static void ThrowIf(string field, string? message)
    {
        if (message is not null) throw For(field, message);
    }
}

/// <summary>A refused import: every bad row, nothing written (422 with <c>rowErrors</c>).</summary>
/// <param name="total">How many errors there were, when <paramref name="rowErrors"/> lists only the first of them.</param>
public sealed class ImportRejectedException(IReadOnlyList<RowError> rowErrors, int? total = null) : Exception("导入失败：文件中有错误，未写入任何数据")
{
    public IReadOnlyList<RowError> RowErrors { get; } = rowErrors;

    public int Total { get; } = total ?? rowErrors.Count;
}

/// <param name="Row">Row number as the spreadsheet shows it (header = 1).</param>
public sealed record RowError(int Row, string? Column, string Message);

/// <summary>A rule of the domain refused the action (409 for conflicts, 403 for forbidden, 404 for not found).</summary>
public class DomainException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static DomainException NotFound(string what) => new(404, $"{what}不存在或不在您的数据范围内");
    public static DomainException Forbidden(string message) => new(403, message);
    public static DomainException Conflict(string message) => new(409, message);
}
