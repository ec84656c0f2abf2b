using System.Globalization;
using System.Text.RegularExpressions;

namespace Dudao.Modules.Returns.Domain;

/// <summary>How often a form is filled.</summary>
public static class PeriodKinds
{
    public const string Month = "month";
    public const string Quarter = "quarter";
    public const string HalfYear = "half-year";
    public const string Year = "year";

    public static readonly string[] All = [Month, Quarter, HalfYear, Year];

    public static string Label(string kind) => kind switch
    {
        Month => "月报",
        Quarter => "季报",
        HalfYear => "半年报",
        Year => "年报",
        _ => kind,
    };
}

/// <summary>
/// One period of a form: <c>2026-10</c> (month), <c>2026Q3</c> (quarter), <c>2026H2</c> (half-year) or
/// <c>2026</c> (year), as the contract writes months and quarters.
/// </summary>
public sealed partial record ReturnPeriod(string Kind, int Year, int Index)
{
    private int MonthsLong => Kind switch { PeriodKinds.Month => 1, PeriodKinds.Quarter => 3, PeriodKinds.HalfYear => 6, _ => 12 };

    public DateOnly Start => new(Year, (Index - 1) * MonthsLong + 1, 1);

    public DateOnly End => Start.AddMonths(MonthsLong).AddDays(-1);

    public string Code => Kind switch
    {
        PeriodKinds.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Index:00}"),
        PeriodKinds.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}Q{Index}"),
        PeriodKinds.HalfYear => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}H{Index}"),
        _ => Year.ToString("0000", CultureInfo.InvariantCulture),
    };

    public string Label => Kind switch
    {
        PeriodKinds.Month => string.Create(CultureInfo.InvariantCulture, $"{Year}年{Index}月"),
        PeriodKinds.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year}年第{"一二三四"[Index - 1]}季度"),
        PeriodKinds.HalfYear => string.Create(CultureInfo.InvariantCulture, $"{Year}年{(Index == 1 ? "上" : "下")}半年"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year}年"),
    };

    /// <summary>
    /// The due date: day <paramref name="dueDay"/> of the period's last month (offset 0) or of the month
    /// after it (offset 1), moved to the month's last day when the month is shorter.
    /// </summary>
    public DateOnly DueOn(int dueDay, int dueMonthOffset)
    {
        var month = End.AddDays(1).AddMonths(dueMonthOffset - 1);
        return new DateOnly(month.Year, month.Month, Math.Min(dueDay, DateTime.DaysInMonth(month.Year, month.Month)));
    }

    public ReturnPeriod Previous() => Index > 1 ? this with { Index = Index - 1 } : new(Kind, Year - 1, 12 / MonthsLong);

    public static ReturnPeriod Containing(string kind, DateOnly day)
    {
        var months = new ReturnPeriod(kind, day.Year, 1).MonthsLong;
        return new(kind, day.Year, (day.Month - 1) / months + 1);
    }

    /// <summary>The period a code names for a form of <paramref name="kind"/>; null when the code is not one.</summary>
    public static ReturnPeriod? Parse(string kind, string? code)
    {
        var m = PeriodCode().Match(code?.Trim() ?? "");
        if (!m.Success) return null;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var (k, index) = m.Groups["m"].Success ? (PeriodKinds.Month, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture))
            : m.Groups["q"].Success ? (PeriodKinds.Quarter, int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture))
            : m.Groups["h"].Success ? (PeriodKinds.HalfYear, int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture))
            : (PeriodKinds.Year, 1);
        return k == kind && year is >= 2000 and <= 2100 && index >= 1 && index <= 12 / new ReturnPeriod(k, year, 1).MonthsLong ? new(k, year, index) : null;
    }

    /// <summary>How a period of <paramref name="kind"/> is written, for error messages.</summary>
    public static string Example(string kind) => kind switch
    {
        PeriodKinds.Month => "2026-10",
        PeriodKinds.Quarter => "2026Q3",
        PeriodKinds.HalfYear => "2026H2",
        _ => "2026",
    };

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{2})|Q(?<q>\d)|H(?<h>\d))?$")]
    private static partial Regex PeriodCode();
}
