using Dudao.Core;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Reporting.Rollups;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Returns.Documents;

/// <summary>
/// The units a bulletin ranks: the child regions from the rollups; below a county, whose rollups stop there, its
/// schools counted from the county's own rows (a county's schools are few), as the dashboard does.
/// Ranked as the dashboard ranks: coverage, then the rectification rate, then complaints closed on time.
/// </summary>
public sealed class BulletinUnits(AppDbContext db, IRegionFigures figures)
{
    /// <param name="months">The quarter's months up to <paramref name="asOf"/>.</param>
    public async Task<(string Kind, IReadOnlyList<BulletinUnit> Units)> RankAsync(string region, List<string> months, DateOnly asOf, CancellationToken ct)
    {
        var children = await figures.ChildrenAsync(region, months[0], months[^1], ct);
        if (children.Count > 0)
        {
            return (Bulletin.ChildRegions, Rank(Bulletin.ChildRegions, children.Select(c => new Row(c.RegionCode, c.Name, c.Figures.CoverageRate,
                c.Figures.RectificationRate, c.Figures.ComplaintsOnTimeRate, c.Figures.Schools + c.Figures.Institutions, c.Figures.ProblemsClosed, c.Figures.ProblemsOverdue))));
        }
        return RegionCodes.LevelOf(region) == RegionCodes.County ? (Bulletin.Schools, Rank(Bulletin.Schools, await SchoolsAsync(region, months, asOf, ct))) : (Bulletin.ChildRegions, []);
    }

    private async Task<List<Row>> SchoolsAsync(string county, List<string> months, DateOnly asOf, CancellationToken ct)
    {
        var schools = await db.Set<School>().AsNoTracking().Where(s => s.RegionCode == county).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var visits = await db.Set<CoverageMark>().AsNoTracking()
            .Where(c => c.RegionCode == county && c.TargetKind == TargetKinds.School && months.Contains(c.Month))
            .GroupBy(c => c.TargetId).Select(g => new { g.Key, Months = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Months, ct);
        var end = ChinaTime.StartOfDayUtc(asOf.AddDays(1));
        var problems = (await db.Set<Problem>().AsNoTracking()
                .Where(p => p.RegionCode == county && p.TargetKind == TargetKinds.School && p.CreatedAt < end)
                .Select(p => new { p.TargetId, p.Status, p.ClosedAt, p.Deadline }).ToListAsync(ct))
            .Select(p => new { p.TargetId, p.Deadline, ClosedOn = p.Status == ProblemStatuses.Closed && p.ClosedAt is { } at && at < end ? DateOnly.FromDateTime(ChinaTime.ToLocal(at)) : (DateOnly?)null })
            .ToLookup(p => p.TargetId);
        var quarterStart = DateOnly.ParseExact(months[0] + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return schools.Select(s =>
        {
            var own = problems[s.Id].ToList();
            var closed = own.Count(p => p.ClosedOn is not null);
            return new Row(s.Id, s.Name, Figures.Rate(visits.GetValueOrDefault(s.Id), months.Count), Figures.Rate(closed, own.Count), null, 1,
                own.Count(p => p.ClosedOn >= quarterStart), own.Count(p => p.ClosedOn is null && p.Deadline < asOf));
        }).ToList();
    }

    private static List<BulletinUnit> Rank(string kind, IEnumerable<Row> rows) =>
        rows.OrderByDescending(r => r.Coverage ?? -1).ThenByDescending(r => r.Rectification ?? -1).ThenByDescending(r => r.ComplaintsOnTime ?? -1)
            // Ties: regions by code as the dashboard, schools by name (their ids carry no order a reader knows).
            .ThenBy(r => kind == Bulletin.Schools ? r.Name : r.Id, StringComparer.Ordinal)
            .Select((r, i) =>
            {
                var (finding, reasons) = BulletinRules.Judge(kind, r.Coverage, r.Targets, r.Closed, r.Overdue);
                return new BulletinUnit(i + 1, kind, r.Id, r.Name, r.Coverage, r.Rectification, r.ComplaintsOnTime, r.Closed, r.Overdue, finding, reasons);
            }).ToList();

    private sealed record Row(string Id, string Name, double? Coverage, double? Rectification, double? ComplaintsOnTime, int Targets, int Closed, int Overdue);
}
