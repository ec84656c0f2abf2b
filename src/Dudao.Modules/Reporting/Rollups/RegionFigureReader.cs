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
        return (await ReadAsync(region.Code, [region], from, to, ct)).Single();
    }

    public async Task<IReadOnlyList<RegionFigures>> ChildrenAsync(string regionCode, string from, string to, CancellationToken ct)
    {
        var region = await RegionAsync(regionCode, ct);
        var children = await regions.ChildrenAsync(region.Code, ct);
        return children.Count == 0 ? [] : await ReadAsync(region.Code, children, from, to, ct);
    }

    public async Task<IReadOnlyList<RegionFigures>> TrendAsync(string regionCode, string from, string to, CancellationToken ct)
    {
        var region = await RegionAsync(regionCode, ct);
        CheckPeriod(from, to);
#pragma warning disable CA1309 // EF translates string.Compare to SQL; the overload with a StringComparison does not translate
        var rows = await db.Set<RegionRollup>().AsNoTracking().Where(r => r.RegionCode == region.Code && string.Compare(r.Month, to) <= 0)
            .Select(r => new { r.Month, r.Metric, r.Value }).ToListAsync(ct);
#pragma warning restore CA1309
        var targets = await TargetsAsync(region.Code, ct);
        var (schools, institutions) = targets.Of(region.Code);
        return ReportMonths.Between(from, to).Select(m =>
        {
            var flows = rows.Where(r => r.Month == m).ToDictionary(r => r.Metric, r => r.Value);
            var toDate = rows.Where(r => string.CompareOrdinal(r.Month, m) <= 0).GroupBy(r => r.Metric).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));
            return new RegionFigures(region.Code, region.Name, m, m, Build(flows, toDate, schools, institutions, 1));
        }).ToList();
    }

    private async Task<IReadOnlyList<RegionFigures>> ReadAsync(string parentCode, IReadOnlyList<Region> list, string from, string to, CancellationToken ct)
    {
        CheckPeriod(from, to);
        var codes = list.Select(r => r.Code).ToList();
#pragma warning disable CA1309 // EF translates string.Compare to SQL; the overload with a StringComparison does not translate
        var flows = await db.Set<RegionRollup>().AsNoTracking()
            .Where(r => codes.Contains(r.RegionCode) && string.Compare(r.Month, from) >= 0 && string.Compare(r.Month, to) <= 0)
            .GroupBy(r => new { r.RegionCode, r.Metric }).Select(g => new { g.Key.RegionCode, g.Key.Metric, Value = g.Sum(r => r.Value) })
            .ToListAsync(ct);
        var toDate = await db.Set<RegionRollup>().AsNoTracking()
            .Where(r => codes.Contains(r.RegionCode) && string.Compare(r.Month, to) <= 0
                        && (r.Metric == RollupMetrics.ProblemsOpened || r.Metric == RollupMetrics.ProblemsClosed))
            .GroupBy(r => new { r.RegionCode, r.Metric }).Select(g => new { g.Key.RegionCode, g.Key.Metric, Value = g.Sum(r => r.Value) })
            .ToListAsync(ct);
#pragma warning restore CA1309
        // Overdue is a state: the figure of the last month, not a sum over the period.
        var overdue = await db.Set<RegionRollup>().AsNoTracking()
            .Where(r => codes.Contains(r.RegionCode) && r.Month == to && r.Metric == RollupMetrics.ProblemsOverdue)
            .ToDictionaryAsync(r => r.RegionCode, r => r.Value, ct);
        var targets = await TargetsAsync(parentCode, ct);
        var months = ReportMonths.Between(from, to).Count;
        return list.Select(region =>
        {
            var f = flows.Where(r => r.RegionCode == region.Code).ToDictionary(r => r.Metric, r => r.Value);
            f[RollupMetrics.ProblemsOverdue] = overdue.GetValueOrDefault(region.Code);
            var d = toDate.Where(r => r.RegionCode == region.Code).ToDictionary(r => r.Metric, r => r.Value);
            var (schools, institutions) = targets.Of(region.Code);
            return new RegionFigures(region.Code, region.Name, from, to, Build(f, d, schools, institutions, months));
        }).ToList();
    }

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

    /// <summary>Schools and operating institutions per county under the region, summed per region asked for.</summary>
    private async Task<Targets> TargetsAsync(string regionCode, CancellationToken ct)
    {
        var schools = await db.Set<School>().InRegion(regionCode).GroupBy(s => s.RegionCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var institutions = await db.Set<Institution>().InRegion(regionCode).Where(i => i.Status == Institution.Normal).GroupBy(i => i.RegionCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new Targets(schools, institutions);
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
