using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Reporting.Rollups;

/// <summary>
/// Reads figures from the rollup rows of the regions asked for (a few rows per region and month) and the
/// registry's current number of schools and operating institutions per county (the coverage denominators,
/// counted as the coverage page counts them). The scope filter hides rows outside the caller's subtree.
/// </summary>
internal sealed class RegionFigureReader(AppDbContext db, RegionDirectory regions) : IRegionFigures
{
    public async Task<RegionFigures> OfAsync(string regionCode, string from, string to, CancellationToken ct)
    {
        var region = await RegionAsync(regionCode, ct);
        return (await ReadAsync(region.Code, [region], from, to, ct)).Of(region, from, to);
    }

    public async Task<IReadOnlyList<RegionFigures>> ChildrenAsync(string regionCode, string from, string to, CancellationToken ct)
    {
        var region = await RegionAsync(regionCode, ct);
        var children = await regions.ChildrenAsync(region.Code, ct);
        if (children.Count == 0) return [];
        var rows = await ReadAsync(region.Code, children, from, to, ct);
        return children.Select(c => rows.Of(c, from, to)).ToList();
    }

    public async Task<IReadOnlyList<RegionFigures>> TrendAsync(string regionCode, string from, string to, CancellationToken ct)
    {
        var region = await RegionAsync(regionCode, ct);
        var rows = await ReadAsync(region.Code, [region], from, to, ct);
        return ReportMonths.Between(from, to).Select(m => rows.Of(region, m, m)).ToList();
    }

    public async Task<RegionOverview> OverviewAsync(string regionCode, string month, int trendMonths, CancellationToken ct)
    {
        var region = await RegionAsync(regionCode, ct);
        var children = await regions.ChildrenAsync(region.Code, ct);
        var from = ReportMonths.Add(month, 1 - trendMonths);
        var rows = await ReadAsync(region.Code, [region, .. children], from, month, ct);
        return new RegionOverview(rows.Of(region, month, month), children.Select(c => rows.Of(c, month, month)).ToList(),
            ReportMonths.Between(from, month).Select(m => rows.Of(region, m, m)).ToList());
    }

    /// <summary>
    /// One round trip whatever is asked: the rollup rows of the regions for the period (and, before it, the
    /// problems opened and closed that the rectification rate counts to date), with the denominators — schools
    /// and operating institutions per county under <paramref name="parentCode"/> — as rows of two more metrics.
    /// </summary>
    private async Task<Rows> ReadAsync(string parentCode, IReadOnlyList<Region> list, string from, string to, CancellationToken ct)
    {
        CheckPeriod(from, to);
        var codes = list.Select(r => r.Code).ToList();
#pragma warning disable CA1309 // EF translates string.Compare to SQL; the overload with a StringComparison does not translate
        var rollups = db.Set<RegionRollup>().AsNoTracking()
            .Where(r => codes.Contains(r.RegionCode) && string.Compare(r.Month, to) <= 0
                        && (string.Compare(r.Month, from) >= 0 || r.Metric == RollupMetrics.ProblemsOpened || r.Metric == RollupMetrics.ProblemsClosed))
            .Select(r => new { r.RegionCode, r.Month, r.Metric, r.Value });
#pragma warning restore CA1309
        var schools = db.Set<School>().InRegion(parentCode).GroupBy(s => s.RegionCode)
            .Select(g => new { RegionCode = g.Key, Month = "", Metric = SchoolsMetric, Value = g.Count() });
        var institutions = db.Set<Institution>().InRegion(parentCode).Where(i => i.Status == Institution.Normal).GroupBy(i => i.RegionCode)
            .Select(g => new { RegionCode = g.Key, Month = "", Metric = InstitutionsMetric, Value = g.Count() });
        var rows = (await rollups.Concat(schools).Concat(institutions).ToListAsync(ct)).Select(r => new Row(r.RegionCode, r.Month, r.Metric, r.Value)).ToList();
        var counts = rows.Where(r => r.Month.Length == 0).ToList();
        return new Rows(rows.Where(r => r.Month.Length > 0).ToLookup(r => r.RegionCode),
            new Targets(counts.Where(c => c.Metric == SchoolsMetric).ToDictionary(c => c.RegionCode, c => c.Value),
                counts.Where(c => c.Metric == InstitutionsMetric).ToDictionary(c => c.RegionCode, c => c.Value)));
    }

    // The denominators' rows in the one read: per county, no month.
    private const string SchoolsMetric = "registry-schools";
    private const string InstitutionsMetric = "registry-institutions";

    private static Figures Build(Dictionary<string, int> flows, Dictionary<string, int> toDate, int schools, int institutions, int months)
    {
        int F(string metric) => flows.GetValueOrDefault(metric);
        var (schoolsVisited, institutionsVisited) = (F(RollupMetrics.SchoolsVisited), F(RollupMetrics.InstitutionsVisited));
        var (opened, closed) = (toDate.GetValueOrDefault(RollupMetrics.ProblemsOpened), toDate.GetValueOrDefault(RollupMetrics.ProblemsClosed));
        var escalations = flows.Where(f => f.Key.StartsWith(RollupMetrics.EscalationsPrefix, StringComparison.Ordinal) && f.Value != 0)
            .ToDictionary(f => f.Key[RollupMetrics.EscalationsPrefix.Length..], f => f.Value);
        return new Figures(F(RollupMetrics.Visits), schools, schoolsVisited, institutions, institutionsVisited,
            Figures.Rate(schoolsVisited + institutionsVisited, (schools + institutions) * months),
            F(RollupMetrics.ProblemsOpened), F(RollupMetrics.ProblemsClosed), F(RollupMetrics.ProblemsOverdue), opened, closed, Figures.Rate(closed, opened),
            F(RollupMetrics.ComplaintsReceived), F(RollupMetrics.ComplaintsClosed), F(RollupMetrics.ComplaintsClosedOnTime), F(RollupMetrics.ComplaintsRejected),
            Figures.Rate(F(RollupMetrics.ComplaintsClosedOnTime), F(RollupMetrics.ComplaintsClosed)),
            escalations, flows.Where(f => f.Value != 0).ToDictionary());
    }

    private static void CheckPeriod(string from, string to)
    {
        if (string.CompareOrdinal(from, to) > 0) throw ValidationFailedException.For("to", "截止月份不能早于起始月份");
    }

    /// <summary>The region asked for; 404 when unknown, a township, or outside the caller's scope.</summary>
    private async Task<Region> RegionAsync(string regionCode, CancellationToken ct)
    {
        var code = RegionFilter.OrDefault(regionCode, db.User.RegionCode);
        var region = await regions.FindAsync(code, ct);
        if (region is null || region.Level == RegionCodes.Township || !db.User.Scope.Covers(code)) throw DomainException.NotFound("行政区划");
        return region;
    }

    private sealed record Row(string RegionCode, string Month, string Metric, int Value);

    /// <summary>The rows read, and the figures of any region among them over any period inside what was read.</summary>
    private sealed record Rows(ILookup<string, Row> ByRegion, Targets Targets)
    {
        public RegionFigures Of(Region region, string from, string to)
        {
            var own = ByRegion[region.Code].ToList();
            var inPeriod = own.Where(r => string.CompareOrdinal(r.Month, from) >= 0 && string.CompareOrdinal(r.Month, to) <= 0).ToList();
            var flows = inPeriod.GroupBy(r => r.Metric).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));
            // Overdue is a state: the figure of the last month, not a sum over the period.
            flows[RollupMetrics.ProblemsOverdue] = inPeriod.Where(r => r.Month == to && r.Metric == RollupMetrics.ProblemsOverdue).Sum(r => r.Value);
            var toDate = own.Where(r => string.CompareOrdinal(r.Month, to) <= 0).GroupBy(r => r.Metric).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));
            var (schools, institutions) = Targets.Of(region.Code);
            return new RegionFigures(region.Code, region.Name, from, to, Build(flows, toDate, schools, institutions, ReportMonths.Between(from, to).Count));
        }
    }

    private sealed record Targets(Dictionary<string, int> Schools, Dictionary<string, int> Institutions)
    {
        public (int Schools, int Institutions) Of(string regionCode)
        {
            var prefix = RegionCodes.Prefix(regionCode);
            return (Schools.Where(s => s.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(s => s.Value),
                Institutions.Where(s => s.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(s => s.Value));
        }
    }
}
