using System.Globalization;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Queue;
using Dudao.Modules.Organization.Regions;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Stats;

public sealed record CountRow(string Key, string Label, int Count);

/// <param name="Closed">Finished with a reply (办结).</param>
/// <param name="Rejected">Finished without handling (不予受理, with a reason told to the reporter).</param>
/// <param name="Open">Still to accept or to finish: neither of the two.</param>
public sealed record ComplaintStatsDto(string RegionCode, DateOnly From, DateOnly To, int Total, int Closed, int Rejected, int Open,
    IReadOnlyList<CountRow> ByCategory, IReadOnlyList<CountRow> ByRegion, IReadOnlyList<CountRow> ByMonth, IReadOnlyList<CountRow> ByChannel);

/// <summary>Counts of complaints received in a period (China dates, both ends included), by category, county, month and channel.</summary>
public sealed class ComplaintStats(AppDbContext db, RegionDirectory regions, TimeProvider clock)
{
    public async Task<ComplaintStatsDto> GetAsync(string? regionCode, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var region = RegionFilter.OrDefault(regionCode, db.User.RegionCode);
        DateBounds.EnsureRange(from, to);
        var last = to ?? clock.Today();
        var first = from ?? new DateOnly(last.Year, 1, 1);
        var start = ChinaTime.StartOfDayUtc(first);
        var end = ChinaTime.StartOfDayUtc(last.AddDays(1));
        var rows = await db.Complaints().AsNoTracking().InRegion(region)
            .Where(c => c.SubmittedAt >= start && c.SubmittedAt < end)
            .Select(c => new { c.Category, c.RegionCode, c.Channel, c.Status, c.SubmittedAt })
            .ToListAsync(ct);

        var byRegion = new List<CountRow>();
        foreach (var g in rows.GroupBy(r => r.RegionCode).OrderBy(g => g.Key, StringComparer.Ordinal))
            byRegion.Add(new CountRow(g.Key, await regions.NameAsync(g.Key, ct) ?? g.Key, g.Count()));
        var closed = rows.Count(r => r.Status == ComplaintStatuses.Closed);
        var rejected = rows.Count(r => r.Status == ComplaintStatuses.Rejected);
        return new ComplaintStatsDto(region, first, last, rows.Count, closed, rejected, rows.Count(r => !ComplaintStatuses.IsFinal(r.Status)),
            ComplaintCategories.All.Select(c => new CountRow(c, c, rows.Count(r => r.Category == c))).ToList(),
            byRegion,
            rows.GroupBy(r => ChinaTime.ToLocal(r.SubmittedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture)).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new CountRow(g.Key, g.Key, g.Count())).ToList(),
            ComplaintChannels.All.Select(c => new CountRow(c, ComplaintChannels.Label(c), rows.Count(r => r.Channel == c))).ToList());
    }
}
