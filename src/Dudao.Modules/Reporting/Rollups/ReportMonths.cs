using System.Globalization;
using Dudao.Core.Errors;
using Dudao.Core.Time;

namespace Dudao.Modules.Reporting.Rollups;

/// <summary>Months as the reports take them: yyyy-MM, this month (China time) when none is given.</summary>
public static class ReportMonths
{
    public static string Parse(string? month, TimeProvider clock, string field = "month")
    {
        if (string.IsNullOrWhiteSpace(month)) return RollupContributions.Month(clock.Today());
        var text = month.Trim();
        if (text.Length != 7 || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            throw ValidationFailedException.For(field, "月份格式应为 yyyy-MM，如 2026-11");
        ValidationFailedException.ThrowIf(field, DateBounds.Check(day));
        return text;
    }

    public static DateOnly First(string month) => DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Add(string month, int months) => RollupContributions.Month(First(month).AddMonths(months));

    /// <summary>The months from one to the other, both included.</summary>
    public static IReadOnlyList<string> Between(string from, string to)
    {
        var list = new List<string>();
        for (var m = from; string.CompareOrdinal(m, to) <= 0; m = Add(m, 1)) list.Add(m);
        return list;
    }
}
