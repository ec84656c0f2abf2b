using Dudao.Core;
using Dudao.Modules.Reporting.Dashboard;
using Dudao.Modules.Reporting.Domain;
using Dudao.Modules.Reporting.Rollups;
using Npgsql;

namespace Dudao.Bench.Dashboard;

/// <summary>
/// What the dashboard shows, recomputed from the raw rows in one round trip: per child region and month,
/// visits, schools visited, problems opened and closed (every month up to the last, for the rectification
/// rate), overdue problems today, complaints received, closed, closed on time and rejected, and the schools.
/// </summary>
internal sealed class RawFigures(Dictionary<(string Child, string Month, string Metric), int> counts, string month)
{
    private const string Sql = """
        SELECT substr(region_code, 1, $2), month, 'visits', count(*) FROM visits
          WHERE region_code LIKE $1 AND month BETWEEN $3 AND $4 GROUP BY 1, 2
        UNION ALL
        SELECT substr(region_code, 1, $2), month, 'schools-visited', count(*) FROM coverage_marks
          WHERE region_code LIKE $1 AND month BETWEEN $3 AND $4 AND target_kind = 'school' GROUP BY 1, 2
        UNION ALL
        SELECT substr(region_code, 1, $2), to_char(created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') m, 'problems-opened', count(*) FROM problems
          WHERE region_code LIKE $1 AND created_at < $5 GROUP BY 1, 2
        UNION ALL
        SELECT substr(region_code, 1, $2), to_char(closed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), 'problems-closed', count(*) FROM problems
          WHERE region_code LIKE $1 AND status = 'closed' AND closed_at < $5 GROUP BY 1, 2
        UNION ALL
        SELECT substr(region_code, 1, $2), $4, 'problems-overdue', count(*) FROM problems
          WHERE region_code LIKE $1 AND status <> 'closed' AND deadline < $6 GROUP BY 1
        UNION ALL
        SELECT substr(region_code, 1, $2), m, metric, count(*) FROM (
          SELECT region_code, to_char(submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') m, 'complaints-received' metric FROM complaints
            WHERE region_code LIKE $1 AND submitted_at >= $7 AND submitted_at < $5
          UNION ALL
          SELECT region_code, to_char(closed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), 'complaints-closed' FROM complaints
            WHERE region_code LIKE $1 AND status = 'closed' AND closed_at >= $7 AND closed_at < $5
          UNION ALL
          SELECT region_code, to_char(closed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), 'complaints-closed-on-time' FROM complaints
            WHERE region_code LIKE $1 AND status = 'closed' AND closed_at >= $7 AND closed_at < $5
              AND (handle_deadline IS NULL OR (closed_at AT TIME ZONE 'Asia/Shanghai')::date <= handle_deadline)
          UNION ALL
          SELECT region_code, to_char(rejected_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), 'complaints-rejected' FROM complaints
            WHERE region_code LIKE $1 AND status = 'rejected' AND rejected_at >= $7 AND rejected_at < $5
        ) c GROUP BY 1, 2, 3
        UNION ALL
        SELECT substr(region_code, 1, $2), '', 'schools', count(*) FROM schools WHERE region_code LIKE $1 GROUP BY 1
        """;

    /// <param name="from">First month of the trend (yyyy-MM).</param>
    /// <param name="month">The dashboard's month, the trend's last.</param>
    public static async Task<RawFigures> ComputeAsync(NpgsqlDataSource data, string region, string from, string month, DateOnly today)
    {
        await using var command = data.CreateCommand(Sql);
        var childLength = RegionCodes.LevelOf(region) == RegionCodes.Province ? 4 : 6;
        var start = ChinaMidnight(ReportMonths.First(from));
        var end = ChinaMidnight(ReportMonths.First(month).AddMonths(1));
        foreach (var value in new object[] { RegionCodes.Prefix(region) + "%", childLength, from, month, end, today, start })
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        var counts = new Dictionary<(string, string, string), int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) counts[(reader.GetString(0), reader.GetString(1), reader.GetString(2))] = (int)reader.GetInt64(3);
        return new RawFigures(counts, month);
    }

    /// <summary>The region's own figures of the month equal the dashboard's, and its trend's visits month by month.</summary>
    public static void CheckEqual(string region, DashboardDto dashboard, RawFigures raw)
    {
        var f = dashboard.Figures;
        var pairs = new (string Name, int Dashboard, int Raw)[]
        {
            ("visits", f.Visits, raw.Month(RollupMetrics.Visits)), ("schools", f.Schools, raw.Sum((_, m) => m.Length == 0, "schools")),
            ("schools-visited", f.SchoolsVisited, raw.Month(RollupMetrics.SchoolsVisited)),
            ("problems-opened", f.ProblemsOpened, raw.Month(RollupMetrics.ProblemsOpened)), ("problems-closed", f.ProblemsClosed, raw.Month(RollupMetrics.ProblemsClosed)),
            ("problems-opened-to-date", f.ProblemsOpenedToDate, raw.Sum((_, _) => true, RollupMetrics.ProblemsOpened)),
            ("problems-closed-to-date", f.ProblemsClosedToDate, raw.Sum((_, _) => true, RollupMetrics.ProblemsClosed)),
            ("complaints-received", f.ComplaintsReceived, raw.Month(RollupMetrics.ComplaintsReceived)),
            ("complaints-closed", f.ComplaintsClosed, raw.Month(RollupMetrics.ComplaintsClosed)),
            ("complaints-closed-on-time", f.ComplaintsClosedOnTime, raw.Month(RollupMetrics.ComplaintsClosedOnTime)),
            ("complaints-rejected", f.ComplaintsRejected, raw.Month(RollupMetrics.ComplaintsRejected)),
        };
        var trend = dashboard.Trend.Select(t => (t.Month, t.Figures.Visits)).ToList();
        var rawTrend = trend.Select(t => (t.Month, raw.Sum((_, m) => m == t.Month, RollupMetrics.Visits))).ToList();
        var wrong = pairs.Where(p => p.Dashboard != p.Raw).Select(p => $"{p.Name} {p.Dashboard} ≠ {p.Raw}").ToList();
        if (!trend.SequenceEqual(rawTrend)) wrong.Add("trend of visits");
        if (wrong.Count > 0) throw new InvalidOperationException($"{region}: " + string.Join(", ", wrong));
    }

    private int Month(string metric) => Sum((_, m) => m == month, metric);

    private int Sum(Func<string, string, bool> where, string metric) =>
        counts.Where(c => c.Key.Metric == metric && where(c.Key.Child, c.Key.Month)).Sum(c => c.Value);

    private static DateTime ChinaMidnight(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
}
