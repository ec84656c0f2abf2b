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
/// 月月督 coverage: of a region's schools and training institutions, how many were visited in a
/// month. Both sides are counted per county in the database (targets by their county, visits by the
/// month's marks, at most one per target) and rolled up to the requested level here, so the cost
/// grows with the number of counties and targets, never with the number of visits.
/// </summary>
public sealed class CoverageService(AppDbContext db, RegionDirectory regions, CoverageSeason seasons, TimeProvider clock)
{
    public const int UnvisitedLimit = 500;

    public async Task<CoverageDto> GetAsync(string? regionCode, string? month, CancellationToken ct)
    {
        var region = await RegionAsync(regionCode, ct);
        var m = MonthOrCurrent(month);
        var counts = await CountAsync(region, m, ct);
        var marks = db.Set<CoverageMark>();
        var unvisited = await db.Set<School>().InRegion(region.Code)
            .Where(s => !marks.Any(c => c.Month == m && c.TargetId == s.Id))
            // (region_code, name) follows the schools index, so the first 500 come without sorting the whole region.
            .OrderBy(s => s.RegionCode).ThenBy(s => s.Name).Take(UnvisitedLimit).Select(s => new SchoolRef(s.Id, s.Name)).ToListAsync(ct);
        var unvisitedInstitutions = await CoveredInstitutions.Of(db).InRegion(region.Code)
            .Where(i => !marks.Any(c => c.Month == m && c.TargetId == i.Id))
            .OrderBy(i => i.RegionCode).ThenBy(i => i.Name).Take(UnvisitedLimit).Select(i => new SchoolRef(i.Id, i.Name)).ToListAsync(ct);
        var season = await seasons.OfAsync(region.Code, ct);
        var county = region.Level == RegionCodes.County;
        var total = counts.Total.ToChild(region.Code, region.Name);
        return new CoverageDto(region.Code, region.Name, m, total.Schools, total.Visited, total.Rate,
            total.Institutions, total.InstitutionsVisited, total.InstitutionsRate, total.OverallRate,
            counts.Children, unvisited, total.Schools - total.Visited, unvisitedInstitutions, total.Institutions - total.InstitutionsVisited,
            season.Start, season.End, season.Contains(int.Parse(m[5..], CultureInfo.InvariantCulture)),
            county ? await ZonesAsync(region.Code, m, ct) : [], county ? await InspectorsAsync(region.Code, m, ct) : []);
    }

    /// <summary>
    /// The rollup alone: schools and institutions, visited or not, of the region and of each child
    /// region (a province's cities, a city's counties), from per-county counts of targets and of the month's marks.
    /// </summary>
    public async Task<CoverageCounts> CountAsync(Region region, string month, CancellationToken ct)
    {
        var institutions = CoveredInstitutions.Of(db);
        var marks = db.Set<CoverageMark>().InRegion(region.Code).Where(c => c.Month == month);
        var schools = await db.Set<School>().InRegion(region.Code)
            .GroupBy(s => s.RegionCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var visited = await marks.Where(c => c.TargetKind == Assignment.SchoolTarget)
            .GroupBy(c => c.RegionCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var covered = await institutions.InRegion(region.Code)
            .GroupBy(i => i.RegionCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        // An institution closed since its visit no longer counts, so its mark does not either.
        var coveredVisited = await marks.Where(c => c.TargetKind == Assignment.InstitutionTarget && institutions.Any(i => i.Id == c.TargetId))
            .GroupBy(c => c.RegionCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var perCounty = schools.Keys.Union(visited.Keys).Union(covered.Keys).Union(coveredVisited.Keys).ToDictionary(c => c, c =>
            new CoverageTally(schools.GetValueOrDefault(c), visited.GetValueOrDefault(c), covered.GetValueOrDefault(c), coveredVisited.GetValueOrDefault(c)));

        var children = new List<CoverageChild>();
        if (region.Level is RegionCodes.Province or RegionCodes.City)
        {
            // The children people name (a province's cities, a 直辖市's or a city's counties); a county
            // code missing from the table falls under its city by its digits.
            var childOf = new Dictionary<string, string>();
            foreach (var county in perCounty.Keys)
                childOf[county] = await regions.ChildHoldingAsync(region.Code, county, ct) ?? (region.Level == RegionCodes.Province ? county[..4] + "00" : county);
            var byChild = perCounty.GroupBy(p => childOf[p.Key]).ToDictionary(g => g.Key, g => Sum(g.Select(p => p.Value)));
            var known = await regions.ChildrenAsync(region.Code, ct);
            foreach (var code in known.Select(r => r.Code).Union(byChild.Keys).Order(StringComparer.Ordinal))
                children.Add(byChild.GetValueOrDefault(code).ToChild(code, await regions.NameAsync(code, ct) ?? code));
        }
        return new CoverageCounts(Sum(perCounty.Values), children);
    }

    /// <summary>An inspector's assigned schools and institutions in a month: how many were visited, and which were not.</summary>
    public async Task<InspectorCoverage> ForInspectorAsync(string inspectorId, string? month, CancellationToken ct)
    {
        var m = MonthOrCurrent(month);
        var marks = db.Set<CoverageMark>();
        var schools = await (from a in db.Set<Assignment>()
                             where a.InspectorId == inspectorId && a.TargetKind == Assignment.SchoolTarget
                             join s in db.Set<School>() on a.TargetId equals s.Id
                             orderby s.Code
                             select new { s.Id, s.Name, Visited = marks.Any(c => c.Month == m && c.TargetId == s.Id) }).ToListAsync(ct);
        var institutions = await (from a in db.Set<Assignment>()
                                  where a.InspectorId == inspectorId && a.TargetKind == Assignment.InstitutionTarget
                                  join i in CoveredInstitutions.Of(db) on a.TargetId equals i.Id
                                  orderby i.Uscc
                                  select new { i.Id, i.Name, Visited = marks.Any(c => c.Month == m && c.TargetId == i.Id) }).ToListAsync(ct);
        var name = await db.Set<Inspector>().Where(i => i.Id == inspectorId).Select(i => i.Name).FirstOrDefaultAsync(ct) ?? throw DomainException.NotFound("督学");
        var tally = new CoverageTally(schools.Count, schools.Count(r => r.Visited), institutions.Count, institutions.Count(r => r.Visited));
        return new InspectorCoverage(tally.ToGroup(inspectorId, name),
            schools.Where(r => !r.Visited).Select(r => new SchoolRef(r.Id, r.Name)).ToList(),
            institutions.Where(r => !r.Visited).Select(r => new SchoolRef(r.Id, r.Name)).ToList());
    }

    /// <summary>
    /// A county's schools, then its institutions, by month of one year: the first visit date of each
    /// month, for the heatmap; an unvisited month nobody could have covered yet is left blank with its reason.
    /// </summary>
    public async Task<IReadOnlyList<HeatmapRow>> HeatmapAsync(string countyCode, int year, CancellationToken ct)
    {
        DateBounds.Year(year);
        var region = await RegionAsync(countyCode, ct);
        if (region.Level != RegionCodes.County) throw ValidationFailedException.For("regionCode", "热力图按区县查看，请选择一个区县");
        var months = Enumerable.Range(1, 12).Select(i => $"{year:0000}-{i:00}").ToList();
        var marks = await db.Set<CoverageMark>().AsNoTracking().Where(c => c.RegionCode == region.Code && months.Contains(c.Month))
            .Select(c => new { c.TargetId, c.Month, c.VisitedOn }).ToListAsync(ct);
        var byTarget = marks.ToLookup(c => c.TargetId);
        var schools = (await db.Set<School>().AsNoTracking().Where(s => s.RegionCode == region.Code)
            .Select(s => new { s.Id, s.Name, s.Zone, s.Code, s.RegisteredOn }).ToListAsync(ct))
            .OrderBy(s => s.Zone, ZoneOrder.Instance).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
        var institutions = await CoveredInstitutions.Of(db).AsNoTracking().Where(i => i.RegionCode == region.Code).OrderBy(i => i.Name)
            .Select(i => new { i.Id, i.Name }).ToListAsync(ct);
        var season = await seasons.OfAsync(region.Code, ct);
        var today = clock.Today();

        // Why a month is not counted, or null when it is: later than this month, outside the season, before the school was entered.
        string? Blank(int month, DateOnly? registeredOn) =>
            new DateOnly(year, month, 1) > today ? "尚未到来"
            : !season.Contains(month) ? "不在月月督时段"
            : registeredOn is { } r && (year, month).CompareTo((r.Year, r.Month)) < 0 ? "学校尚未登记"
            : null;
        HeatmapRow Row(string id, string kind, string name, string? zone, DateOnly? registeredOn) => new(id, kind, name, zone,
            months.Select(mo => byTarget[id].FirstOrDefault(c => c.Month == mo)?.VisitedOn).ToList(),
            Enumerable.Range(1, 12).Select(mo => Blank(mo, registeredOn)).ToList());
        return
        [
            .. schools.Select(s => Row(s.Id, Assignment.SchoolTarget, s.Name, s.Zone, s.RegisteredOn)),
            .. institutions.Select(i => Row(i.Id, Assignment.InstitutionTarget, i.Name, null, null)),
        ];
    }

    public string MonthOrCurrent(string? month)
    {
        if (string.IsNullOrWhiteSpace(month)) return clock.Today().ToString("yyyy-MM", CultureInfo.InvariantCulture);
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

    private static CoverageTally Sum(IEnumerable<CoverageTally> tallies) => tallies.Aggregate(default(CoverageTally), (a, b) =>
        new CoverageTally(a.Schools + b.Schools, a.Visited + b.Visited, a.Institutions + b.Institutions, a.InstitutionsVisited + b.InstitutionsVisited));

    private async Task<IReadOnlyList<CoverageGroup>> ZonesAsync(string county, string month, CancellationToken ct)
    {
        var schools = await db.Set<School>().Where(s => s.RegionCode == county).GroupBy(s => s.Zone)
            .Select(g => new { Zone = g.Key, Count = g.Count() }).ToListAsync(ct);
        var visited = await (from c in db.Set<CoverageMark>()
                             where c.Month == month && c.RegionCode == county && c.TargetKind == Assignment.SchoolTarget
                             join s in db.Set<School>() on c.TargetId equals s.Id
                             group s by s.Zone into g
                             select new { Zone = g.Key, Count = g.Count() }).ToListAsync(ct);
        return schools.OrderBy(s => s.Zone, ZoneOrder.Instance).Select(s =>
            new CoverageTally(s.Count, visited.FirstOrDefault(x => x.Zone == s.Zone)?.Count ?? 0, 0, 0).ToGroup(s.Zone, s.Zone ?? "（未划分责任区）")).ToList();
    }

    private async Task<IReadOnlyList<CoverageGroup>> InspectorsAsync(string county, string month, CancellationToken ct)
    {
        var marks = db.Set<CoverageMark>();
        var institutions = CoveredInstitutions.Of(db);
        var assigned = await db.Set<Assignment>()
            .Where(a => a.RegionCode == county
                        && (a.TargetKind == Assignment.SchoolTarget || (a.TargetKind == Assignment.InstitutionTarget && institutions.Any(i => i.Id == a.TargetId))))
            .Select(a => new { a.InspectorId, a.TargetKind, Visited = marks.Any(c => c.Month == month && c.TargetId == a.TargetId) })
            .ToListAsync(ct);
        var rows = assigned.GroupBy(a => a.InspectorId).Select(g => (InspectorId: g.Key, Tally: new CoverageTally(
            g.Count(a => a.TargetKind == Assignment.SchoolTarget), g.Count(a => a.TargetKind == Assignment.SchoolTarget && a.Visited),
            g.Count(a => a.TargetKind == Assignment.InstitutionTarget), g.Count(a => a.TargetKind == Assignment.InstitutionTarget && a.Visited))));
        var names = await db.Set<Inspector>().Where(i => i.RegionCode == county).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        return rows.OrderBy(r => names.GetValueOrDefault(r.InspectorId))
            .Select(r => r.Tally.ToGroup(r.InspectorId, names.GetValueOrDefault(r.InspectorId) ?? r.InspectorId)).ToList();
    }
}

/// <param name="Total">The region's schools and institutions and how many of each were visited (<c>Schools</c>, <c>Visited</c> as before).</param>
public sealed record CoverageCounts(CoverageTally Total, IReadOnlyList<CoverageChild> Children)
{
    public int Schools => Total.Schools;
    public int Visited => Total.Visited;
}

/// <param name="TargetKind">school | institution</param>
/// <param name="Months">The first visit date in each month of the year, null when not visited.</param>
/// <param name="Blanks">Per month, why an unvisited month is not counted (future, outside the season, before the school
/// was entered), or null when it is; a visit is shown whatever this says.</param>
public sealed record HeatmapRow(string Id, string TargetKind, string Name, string? Zone, IReadOnlyList<DateOnly?> Months, IReadOnlyList<string?> Blanks);
