using Dudao.Modules.Platform.Calendar;
using Dudao.Modules.Reporting.Rollups;

namespace Dudao.Modules.Reporting.Warnings;

/// <param name="PerMonth">Complaints received per month on average over <paramref name="Months"/>.</param>
/// <param name="Vacation">The month compared is a school-vacation month, and so are the months it is compared with.</param>
public sealed record Baseline(double PerMonth, IReadOnlyList<string> Months, bool Vacation);

/// <summary>
/// What "normal" is for a region's complaints in a month. Complaints follow the school year: a vacation month
/// (寒暑假, at least half its days in the region's school vacations) is compared with the latest vacation months
/// before it, a term month with the latest term months, up to <see cref="WarningService.BaselineMonths"/> within
/// the year before. A region with no such month in the year (no vacations set) keeps the plain trailing average.
/// </summary>
public sealed class ComplaintBaseline(IRegionFigures figures, SchoolVacations vacations)
{
    private const int LookBack = 12;

    public async Task<Baseline> OfAsync(string regionCode, string month, CancellationToken ct)
    {
        var trend = await figures.TrendAsync(regionCode, ReportMonths.Add(month, -LookBack), ReportMonths.Add(month, -1), ct);
        var vacationMonths = await VacationMonthsAsync(regionCode, ReportMonths.Add(month, -LookBack), month, ct);
        var vacation = vacationMonths.Contains(month);
        var alike = trend.Where(t => vacationMonths.Contains(t.From) == vacation).TakeLast(WarningService.BaselineMonths).ToList();
        var matched = vacationMonths.Count > 0 && alike.Count > 0;
        if (!matched) alike = trend.TakeLast(WarningService.BaselineMonths).ToList();
        return new Baseline(alike.Count == 0 ? 0 : alike.Average(t => t.Figures.ComplaintsReceived), alike.Select(t => t.From).ToList(), vacation && matched);
    }

    /// <summary>The months from one to the other with at least half their days in the region's school vacations.</summary>
    private async Task<HashSet<string>> VacationMonthsAsync(string regionCode, string from, string to, CancellationToken ct)
    {
        var (first, last) = (ReportMonths.First(from), ReportMonths.First(to).AddMonths(1).AddDays(-1));
        var spans = new List<(DateOnly From, DateOnly To)>();
        for (var year = first.Year; year <= last.Year; year++)
            spans.AddRange((await vacations.EffectiveAsync(regionCode, year, ct)).Select(v => (v.From, v.To)));
        var months = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in ReportMonths.Between(from, to))
        {
            var start = ReportMonths.First(m);
            var days = DateTime.DaysInMonth(start.Year, start.Month);
            var off = Enumerable.Range(0, days).Count(d => spans.Any(s => s.From <= start.AddDays(d) && start.AddDays(d) <= s.To));
            if (off * 2 >= days) months.Add(m);
        }
        return months;
    }
}
