using System.Globalization;
using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Inspections.Coverage;

/// <summary>
/// 月月督 coverage: of a region's schools, how many were visited in a month. Both sides are counted
/// per county in the database (schools by their county, visits by the month's marks, at most one
/// per school) and rolled up to the requested level here, so the cost grows with the number of
/// counties and schools, never with the number of visits.
/// </summary>
public sealed class CoverageService(AppDbContext db, RegionDirectory regions, TimeProvider clock)
{
    public const int UnvisitedLimit = 500;

    public async Task<CoverageDto> GetAsync(string? regionCode, string? month, CancellationToken ct)
    {
        var region = await RegionAsync(regionCode, ct);
        var m = MonthOrCurrent(month);
        var counts = await CountAsync(region, m, ct);
        var prefix = RegionCodes.Prefix(region.Code);
        var unvisited = await db.Set<School>().Where(s => s.RegionCode.StartsWith(prefix))
            .Where(s => !db.Set<CoverageMark>().Any(c => c.Month == m && c.SchoolId == s.Id))
            // (region_code, name) follows the schools index, so the first 500 come without sorting the whole region.
            .OrderBy(s => s.RegionCode).ThenBy(s => s.Name).Take(UnvisitedLimit).Select(s => new SchoolRef(s.Id, s.Name)).ToListAsync(ct);
        var county = region.Level == RegionCodes.County;
        return new CoverageDto(region.Code, region.Name, m, counts.Schools, counts.Visited, CoverageRate.Of(counts.Schools, counts.Visited),
            counts.Children, unvisited, counts.Schools - counts.Visited,
            county ? await ZonesAsync(region.Code, m, ct) : [], county ? await InspectorsAsync(region.Code, m, ct) : []);
    }

    /// <summary>
    /// The rollup alone: schools and visited schools of the region and of each child region (a
    /// province's cities, a city's counties), from per-county counts of schools and of the month's marks.
    /// </summary>
    public async Task<CoverageCounts> CountAsync(Region region, string month, CancellationToken ct)
    {
        var prefix = RegionCodes.Prefix(region.Code);
        var schools = await db.Set<School>().Where(s => s.RegionCode.StartsWith(prefix))
            .GroupBy(s => s.RegionCode).Select(g => new { County = g.Key, Count = g.Count() }).ToListAsync(ct);
        var visited = await db.Set<CoverageMark>().Where(c => c.Month == month && c.RegionCode.StartsWith(prefix))
            .GroupBy(c => c.RegionCode).Select(g => new { County = g.Key, Count = g.Count() }).ToListAsync(ct);

        var children = new List<CoverageChild>();
        if (region.Level is RegionCodes.Province or RegionCodes.City)
        {
            // A province's children are its cities (first 4 digits), a city's its counties.
            string ChildOf(string county) => region.Level == RegionCodes.Province ? county[..4] + "00" : county;
            var childSchools = schools.GroupBy(s => ChildOf(s.County)).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
            var childVisited = visited.GroupBy(v => ChildOf(v.County)).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
            var known = (await regions.InScopeAsync(Core.Scope.DataScope.ForRegion(region.Code), false, ct)).Where(r => r.ParentCode == region.Code);
            foreach (var code in known.Select(r => r.Code).Union(childSchools.Keys).Order(StringComparer.Ordinal))
            {
                var (s, v) = (childSchools.GetValueOrDefault(code), childVisited.GetValueOrDefault(code));
                children.Add(new CoverageChild(code, await regions.NameAsync(code, ct) ?? code, s, v, CoverageRate.Of(s, v)));
            }
        }
        return new CoverageCounts(schools.Sum(s => s.Count), visited.Sum(v => v.Count), children);
    }

    /// <summary>An inspector's assigned schools in a month: how many were visited, and which were not.</summary>
    public async Task<(CoverageGroup Total, IReadOnlyList<SchoolRef> Unvisited)> ForInspectorAsync(string inspectorId, string? month, CancellationToken ct)
    {
        var m = MonthOrCurrent(month);
        var assigned = from a in db.Set<Assignment>()
                       where a.InspectorId == inspectorId && a.TargetKind == Assignment.SchoolTarget
                       join s in db.Set<School>() on a.TargetId equals s.Id
                       select s;
        var rows = await assigned.OrderBy(s => s.Code)
            .Select(s => new { s.Id, s.Name, Visited = db.Set<CoverageMark>().Any(c => c.Month == m && c.SchoolId == s.Id) }).ToListAsync(ct);
        var name = await db.Set<Inspector>().Where(i => i.Id == inspectorId).Select(i => i.Name).FirstOrDefaultAsync(ct) ?? throw DomainException.NotFound("督学");
        var visited = rows.Count(r => r.Visited);
        return (new CoverageGroup(inspectorId, name, rows.Count, visited, CoverageRate.Of(rows.Count, visited)),
            rows.Where(r => !r.Visited).Select(r => new SchoolRef(r.Id, r.Name)).ToList());
    }

    /// <summary>A county's schools by month of one year: the first visit date of each month, for the heatmap.</summary>
    public async Task<IReadOnlyList<HeatmapRow>> HeatmapAsync(string countyCode, int year, CancellationToken ct)
    {
        DateBounds.Year(year);
        var region = await RegionAsync(countyCode, ct);
        if (region.Level != RegionCodes.County) throw ValidationFailedException.For("regionCode", "热力图按区县查看，请选择一个区县");
        var months = Enumerable.Range(1, 12).Select(i => $"{year:0000}-{i:00}").ToList();
        var marks = await db.Set<CoverageMark>().AsNoTracking().Where(c => c.RegionCode == region.Code && months.Contains(c.Month))
            .Select(c => new { c.SchoolId, c.Month, c.VisitedOn }).ToListAsync(ct);
        var bySchool = marks.ToLookup(c => c.SchoolId);
        var schools = await db.Set<School>().AsNoTracking().Where(s => s.RegionCode == region.Code).OrderBy(s => s.Zone).ThenBy(s => s.Code)
            .Select(s => new { s.Id, s.Name, s.Zone }).ToListAsync(ct);
        return schools.Select(s => new HeatmapRow(s.Id, s.Name, s.Zone,
            months.Select(mo => bySchool[s.Id].FirstOrDefault(c => c.Month == mo)?.VisitedOn).ToList())).ToList();
    }

    public string MonthOrCurrent(string? month)
    {
        if (string.IsNullOrWhiteSpace(month)) return clock.Today().ToString("yyyy-MM");
        if (!DateOnly.TryParseExact(month.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw ValidationFailedException.For("month", "月份格式应为 yyyy-MM，如 2026-11");
        return month.Trim();
    }

    /// <summary>The region asked for (the caller's own by default); 404 when unknown or outside the caller's scope.</summary>
    public async Task<Region> RegionAsync(string? regionCode, CancellationToken ct)
    {
        var code = RegionFilter.OrDefault(regionCode, db.User.RegionCode);
        var region = await regions.FindAsync(code, ct);
        if (region is null || region.Level == RegionCodes.Township || !db.User.Scope.Covers(code)) throw DomainException.NotFound("行政区划");
        return region;
    }

    private async Task<IReadOnlyList<CoverageGroup>> ZonesAsync(string county, string month, CancellationToken ct)
    {
        var schools = await db.Set<School>().Where(s => s.RegionCode == county).GroupBy(s => s.Zone)
            .Select(g => new { Zone = g.Key, Count = g.Count() }).ToListAsync(ct);
        var visited = await (from c in db.Set<CoverageMark>()
                             where c.Month == month && c.RegionCode == county
                             join s in db.Set<School>() on c.SchoolId equals s.Id
                             group s by s.Zone into g
                             select new { Zone = g.Key, Count = g.Count() }).ToListAsync(ct);
        return schools.OrderBy(s => s.Zone is null).ThenBy(s => s.Zone).Select(s =>
        {
            var v = visited.FirstOrDefault(x => x.Zone == s.Zone)?.Count ?? 0;
            return new CoverageGroup(s.Zone, s.Zone ?? "（未划分责任区）", s.Count, v, CoverageRate.Of(s.Count, v));
        }).ToList();
    }

    private async Task<IReadOnlyList<CoverageGroup>> InspectorsAsync(string county, string month, CancellationToken ct)
    {
        var assigned = await db.Set<Assignment>().Where(a => a.RegionCode == county && a.TargetKind == Assignment.SchoolTarget)
            .Select(a => new { a.InspectorId, Visited = db.Set<CoverageMark>().Any(c => c.Month == month && c.SchoolId == a.TargetId) })
            .ToListAsync(ct);
        var rows = assigned.GroupBy(a => a.InspectorId)
            .Select(g => new { InspectorId = g.Key, Schools = g.Count(), Visited = g.Count(a => a.Visited) });
        var names = await db.Set<Inspector>().Where(i => i.RegionCode == county).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        return rows.OrderBy(r => names.GetValueOrDefault(r.InspectorId)).Select(r =>
            new CoverageGroup(r.InspectorId, names.GetValueOrDefault(r.InspectorId) ?? r.InspectorId, r.Schools, r.Visited, CoverageRate.Of(r.Schools, r.Visited))).ToList();
    }
}

public sealed record CoverageCounts(int Schools, int Visited, IReadOnlyList<CoverageChild> Children);

/// <param name="Months">The first visit date in each month of the year, null when not visited.</param>
public sealed record HeatmapRow(string SchoolId, string Name, string? Zone, IReadOnlyList<DateOnly?> Months);
