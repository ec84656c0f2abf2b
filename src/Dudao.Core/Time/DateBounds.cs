using Dudao.Core.Errors;

namespace Dudao.Core.Time;

/// <summary>
/// The dates Dudao works with: 2000-01-01 to 2099-12-31. Anything outside is a slip of the keyboard,
/// and near <see cref="DateOnly"/>'s limits it breaks date arithmetic (9999-12-31 has no day after,
/// 0001-01-01 no start in UTC), so input dates, query ranges and years outside it are refused with a
/// message naming the field, before anything is stored or queried.
/// </summary>
public static class DateBounds
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2099, 12, 31);

    public static string Message => $"日期应在 {Earliest:yyyy-MM-dd} 至 {Latest:yyyy-MM-dd} 之间";

    /// <returns>null when the date is absent or inside the range, otherwise the Chinese message.</returns>
    public static string? Check(DateOnly? date) => date is { } d && (d < Earliest || d > Latest) ? Message : null;

    /// <summary>Adds the fields' messages when a from–to filter (both ends optional) is out of range or reversed.</summary>
    public static void CheckRange(ValidationErrors errors, DateOnly? from, DateOnly? to, string fromField = "from", string toField = "to")
    {
        var fromError = Check(from);
        var toError = Check(to);
        errors.AddIf(fromField, fromError).AddIf(toField, toError);
        if (fromError is null && toError is null && from > to) errors.Add(toField, "截止日期不能早于起始日期");
    }

    /// <summary>A from–to filter of a list or a statistic; 400 naming the field when out of range or reversed.</summary>
    public static void EnsureRange(DateOnly? from, DateOnly? to)
    {
        var errors = new ValidationErrors();
        CheckRange(errors, from, to);
        errors.ThrowIfAny();
    }

    /// <summary>A year asked for (a calendar, a heatmap); 400 naming <paramref name="field"/> outside the range.</summary>
    public static int Year(int year, string field = "year") =>
        year >= Earliest.Year && year <= Latest.Year
            ? year
            : throw ValidationFailedException.For(field, $"年份应在 {Earliest.Year} 至 {Latest.Year} 之间");
}
