namespace Dudao.Modules.Reporting.Rollups;

/// <summary>
/// The figures of a region read from the rollups, for dashboards, documents and the 工作台. Months are
/// yyyy-MM, both ends included. The caller's data scope applies: a region outside it is a 404.
/// </summary>
public interface IRegionFigures
{
    /// <summary>One region over a period (a month, a quarter, a year).</summary>
    Task<RegionFigures> OfAsync(string regionCode, string from, string to, CancellationToken ct);

    /// <summary>Each child region as people name it (a province's cities, a 直辖市's or a city's counties) over the period; none for a county.</summary>
    Task<IReadOnlyList<RegionFigures>> ChildrenAsync(string regionCode, string from, string to, CancellationToken ct);

    /// <summary>One region month by month over the period.</summary>
    Task<IReadOnlyList<RegionFigures>> TrendAsync(string regionCode, string from, string to, CancellationToken ct);

    /// <summary>What a dashboard shows in one read: the region's and each child's figures for the month, and the region's trend of the <paramref name="trendMonths"/> months up to it.</summary>
    Task<RegionOverview> OverviewAsync(string regionCode, string month, int trendMonths, CancellationToken ct);
}

public sealed record RegionOverview(RegionFigures Own, IReadOnlyList<RegionFigures> Children, IReadOnlyList<RegionFigures> Trend);

/// <param name="From">First month of the period (yyyy-MM).</param>
/// <param name="To">Last month of the period.</param>
public sealed record RegionFigures(string RegionCode, string Name, string From, string To, Figures Figures);

/// <summary>
/// A region's figures over a period. Counts of events are the period's; <see cref="ProblemsOverdue"/> is as
/// last settled in the period's last month; the rectification rate counts every problem opened up to the
/// period's end. Coverage counts target-months: the schools and operating institutions on the registry now,
/// once per month of the period. Rates are fractions rounded to 4 places, null with nothing to divide by.
/// </summary>
/// <param name="Metrics">Every rolled-up count of the period by metric name, those added later included.</param>
public sealed record Figures(
    int Visits, int Schools, int SchoolsVisited, int Institutions, int InstitutionsVisited, double? CoverageRate,
    int ProblemsOpened, int ProblemsClosed, int ProblemsOverdue, int ProblemsOpenedToDate, int ProblemsClosedToDate, double? RectificationRate,
    int ComplaintsReceived, int ComplaintsClosed, int ComplaintsClosedOnTime, int ComplaintsRejected, double? ComplaintsOnTimeRate,
    IReadOnlyDictionary<string, int> EscalationsByLevel, IReadOnlyDictionary<string, int> Metrics)
{
    public static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}
