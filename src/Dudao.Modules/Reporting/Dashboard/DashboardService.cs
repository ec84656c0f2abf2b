using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Reporting.Rollups;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Reporting.Dashboard;

/// <summary>
/// A region's dashboard: its figures, trend and child regions from the rollups; below a county, its zones
/// and schools, counted from the county's own rows (a county's schools are few).
/// </summary>
public sealed class DashboardService(AppDbContext db, IRegionFigures figures, RegionDirectory regions, TimeProvider clock)
{
    public const int TrendMonths = 12;

    /// <summary>The zone parameter naming the schools in no zone.</summary>
    public const string NoZone = "-";

    public async Task<DashboardDto> GetAsync(string? regionCode, string? month, CancellationToken ct)
    {
        var m = ReportMonths.Parse(month, clock);
        var code = RegionFilter.OrDefault(regionCode, db.User.RegionCode);
        var (own, children, trend) = await figures.OverviewAsync(code, m, TrendMonths, ct);
        var level = RegionCodes.LevelOf(code);
        return new DashboardDto(own.RegionCode, own.Name, level, m, own.Figures, Rank(children),
            trend.Select(t => new TrendPoint(t.From, t.Figures)).ToList(), await PathAsync(code, ct),
            level == RegionCodes.County ? await ZonesAsync(code, m, ct) : []);
    }

    /// <summary>A county's schools (those of one zone when <paramref name="zone"/> is given; <see cref="NoZone"/> for none), by zone and code.</summary>
    public async Task<IReadOnlyList<SchoolRow>> SchoolsAsync(string? regionCode, string? month, string? zone, CancellationToken ct)
    {
        var m = ReportMonths.Parse(month, clock);
        var county = await CountyAsync(regionCode, ct);
        var rows = await SchoolRowsAsync(county, m, ct);
        return string.IsNullOrWhiteSpace(zone) ? rows : rows.Where(r => (r.Zone ?? NoZone) == zone.Trim()).ToList();
    }

    /// <summary>Children ranked: the best coverage first, then the rectification rate, then complaints closed on time; ties share the order of their codes.</summary>
    private static List<DashboardChild> Rank(IReadOnlyList<RegionFigures> children) =>
        children.OrderByDescending(c => c.Figures.CoverageRate ?? -1).ThenByDescending(c => c.Figures.RectificationRate ?? -1)
            .ThenByDescending(c => c.Figures.ComplaintsOnTimeRate ?? -1).ThenBy(c => c.RegionCode, StringComparer.Ordinal)
            .Select((c, i) => new DashboardChild(c.RegionCode, c.Name, i + 1, c.Figures)).ToList();

    private async Task<IReadOnlyList<ZoneRow>> ZonesAsync(string county, string month, CancellationToken ct) =>
        (await SchoolRowsAsync(county, month, ct)).GroupBy(s => s.Zone).OrderBy(g => g.Key, ZoneOrder.Instance)
            .Select(g => new ZoneRow(g.Key, g.Key ?? "（未划分责任区）", g.Count(), g.Count(s => s.VisitedOn is not null),
                Figures.Rate(g.Count(s => s.VisitedOn is not null), g.Count()), g.Sum(s => s.ProblemsOpen), g.Sum(s => s.ProblemsOverdue)))
            .ToList();

    /// <summary>The county's schools with their coverage and open problems, in one query.</summary>
    private async Task<List<SchoolRow>> SchoolRowsAsync(string county, string month, CancellationToken ct)
    {
        var today = clock.Today();
        var problems = db.Set<Problem>().Where(p => p.TargetKind == Assignment.SchoolTarget && p.Status != ProblemStatuses.Closed);
        var schools = await db.Set<School>().AsNoTracking().Where(s => s.RegionCode == county)
            .Select(s => new
            {
                s.Id, s.Code, s.Name, s.Zone,
                VisitedOn = db.Set<CoverageMark>().Where(c => c.TargetKind == Assignment.SchoolTarget && c.TargetId == s.Id && c.Month == month)
                    .Select(c => (DateOnly?)c.VisitedOn).FirstOrDefault(),
                Open = problems.Count(p => p.TargetId == s.Id),
                Overdue = problems.Count(p => p.TargetId == s.Id && p.Deadline < today),
            }).ToListAsync(ct);
        return schools.OrderBy(s => s.Zone, ZoneOrder.Instance).ThenBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => new SchoolRow(s.Id, s.Code, s.Name, s.Zone, s.VisitedOn, s.Open, s.Overdue))
            .ToList();
    }

    private async Task<string> CountyAsync(string? regionCode, CancellationToken ct)
    {
        var code = RegionFilter.OrDefault(regionCode, db.User.RegionCode);
        var region = await regions.FindAsync(code, ct);
        if (region is null || !db.User.Scope.Covers(code)) throw DomainException.NotFound("行政区划");
        if (region.Level != RegionCodes.County) throw ValidationFailedException.For(RegionFilter.Field, "学校列表按区县查看，请选择一个区县");
        return region.Code;
    }

    /// <summary>The regions from the top of the caller's scope down to this one, as people name them.</summary>
    private async Task<IReadOnlyList<RegionCrumb>> PathAsync(string code, CancellationToken ct)
    {
        var path = new List<RegionCrumb>();
        for (var region = await regions.FindAsync(code, ct); region is not null && db.User.Scope.Covers(region.Code);
             region = await regions.FindAsync(await regions.ParentCodeAsync(region, ct), ct))
        {
            path.Insert(0, new RegionCrumb(region.Code, region.Name));
        }
        return path;
    }
}
