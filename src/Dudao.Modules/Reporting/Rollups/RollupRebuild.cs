using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Letterheads;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Reporting.Rollups;

/// <summary>
/// Recomputes the rollups from the records, through the same <see cref="RollupContributions"/> as the
/// incremental path, and settles the overdue figure. Maintenance of derived rows: it reads and writes the
/// whole country whoever starts it (no record leaves the database), and holds the rollup table while it
/// works, so a change saved meanwhile is counted after it, never lost.
/// </summary>
public sealed class RollupRebuild(AppDbContext db, TimeProvider clock)
{
    /// <summary>Every rollup count the records give, with problems overdue as of <paramref name="overdueAsOf"/>.</summary>
    public async Task<IReadOnlyDictionary<RollupKey, int>> ComputeAsync(DateOnly overdueAsOf, CancellationToken ct)
    {
        var deltas = new RollupDeltas();
        // Grouped in the database where a record's month needs no time zone; each group counts as its records would.
        var visits = await db.Set<Visit>().IgnoreQueryFilters().GroupBy(v => new { v.RegionCode, v.Month })
            .Select(g => new { g.Key.RegionCode, g.Key.Month, Count = g.Count() }).ToListAsync(ct);
        foreach (var g in visits) deltas.Add(new Visit { RegionCode = g.RegionCode, Month = g.Month }, g.Count, null);
        var marks = await db.Set<CoverageMark>().IgnoreQueryFilters().GroupBy(m => new { m.RegionCode, m.Month, m.TargetKind })
            .Select(g => new { g.Key.RegionCode, g.Key.Month, g.Key.TargetKind, Count = g.Count() }).ToListAsync(ct);
        foreach (var g in marks) deltas.Add(new CoverageMark { RegionCode = g.RegionCode, Month = g.Month, TargetKind = g.TargetKind }, g.Count, null);
        var escalations = await db.Set<EscalationRecord>().IgnoreQueryFilters().GroupBy(e => new { e.RegionCode, e.DecidedOn, e.Level })
            .Select(g => new { g.Key.RegionCode, g.Key.DecidedOn, g.Key.Level, Count = g.Count() }).ToListAsync(ct);
        foreach (var g in escalations) deltas.Add(new EscalationRecord { RegionCode = g.RegionCode, DecidedOn = g.DecidedOn, Level = g.Level }, g.Count, null);

        var notices = await db.Set<DocumentNumber>().IgnoreQueryFilters().Where(n => n.Kind == ProblemDocuments.RectificationNotice)
            .GroupBy(n => new { n.RegionCode, n.IssuedOn }).Select(g => new { g.Key.RegionCode, g.Key.IssuedOn, Count = g.Count() }).ToListAsync(ct);
        foreach (var g in notices) deltas.Add(new DocumentNumber { RegionCode = g.RegionCode, IssuedOn = g.IssuedOn, Kind = ProblemDocuments.RectificationNotice }, g.Count, null);
        // A county's steps are a few hundred a year: streamed, only the columns the rules read.
        var steps = db.Set<InstitutionEvent>().IgnoreQueryFilters().AsNoTracking().Where(e => e.Kind != InstitutionEventKinds.Register)
            .Select(e => new InstitutionEvent
            {
                RegionCode = e.RegionCode, Kind = e.Kind, FromState = e.FromState, ToState = e.ToState, OccurredOn = e.OccurredOn,
                StatusBefore = e.StatusBefore, LicenceBefore = e.LicenceBefore, CategoryBefore = e.CategoryBefore,
            });
        await foreach (var e in steps.AsAsyncEnumerable().WithCancellation(ct)) deltas.Add(e, +1, null);

        // Timestamps fall in a month in China time: streamed, only the columns the rules read.
        var problems = db.Set<Problem>().IgnoreQueryFilters().AsNoTracking()
            .Select(p => new Problem { RegionCode = p.RegionCode, CreatedAt = p.CreatedAt, Status = p.Status, ClosedAt = p.ClosedAt, Deadline = p.Deadline });
        await foreach (var p in problems.AsAsyncEnumerable().WithCancellation(ct)) deltas.Add(p, +1, overdueAsOf);
        var complaints = db.Set<Complaint>().IgnoreQueryFilters().AsNoTracking()
            .Select(c => new Complaint
            {
                RegionCode = c.RegionCode, SubmittedAt = c.SubmittedAt, Status = c.Status, ClosedAt = c.ClosedAt, HandleDeadline = c.HandleDeadline, RejectedAt = c.RejectedAt,
            });
        await foreach (var c in complaints.AsAsyncEnumerable().WithCancellation(ct)) deltas.Add(c, +1, null);
        return deltas.Counts.Where(c => c.Value != 0).ToDictionary();
    }

    /// <summary>Replaces every rollup row by the recomputed one, settling overdue as of today.</summary>
    /// <returns>The number of rows written.</returns>
    public async Task<int> RebuildAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var current = RollupContributions.Month(today);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await HoldAsync(ct);
        // A past month's overdue figure stood as settled then; the deadlines it was counted against may have moved since.
        await Rows().Where(r => r.Metric != RollupMetrics.ProblemsOverdue || r.Month == current).ExecuteDeleteAsync(ct);
        await SettleOnAsync(today, ct);
        var rows = await ComputeAsync(today, ct);
        await RollupWriter.ApplyAsync(db, rows, ct);
        await tx.CommitAsync(ct);
        return rows.Count;
    }

    /// <summary>Counts this month's overdue problems afresh as of today: a deadline passing is no change to any record.</summary>
    /// <returns>How many problems are overdue.</returns>
    public async Task<int> SettleOverdueAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var month = RollupContributions.Month(today);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await HoldAsync(ct);
        await Rows().Where(r => r.Metric == RollupMetrics.ProblemsOverdue && r.Month == month).ExecuteDeleteAsync(ct);
        await SettleOnAsync(today, ct);
        // The same test as Problem.IsOverdue, counted per county in the database.
        var overdue = await db.Set<Problem>().IgnoreQueryFilters().Where(p => p.Status != ProblemStatuses.Closed && p.Deadline < today)
            .GroupBy(p => p.RegionCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var deltas = new RollupDeltas();
        foreach (var g in overdue) deltas.Add(g.Key, month, RollupMetrics.ProblemsOverdue, g.Count);
        await RollupWriter.ApplyAsync(db, deltas.Counts, ct);
        await tx.CommitAsync(ct);
        return overdue.Sum(g => g.Count);
    }

    private IQueryable<RegionRollup> Rows() => db.Set<RegionRollup>().IgnoreQueryFilters();

    private async Task SettleOnAsync(DateOnly day, CancellationToken ct)
    {
        var row = await db.Set<RollupSettlement>().FirstOrDefaultAsync(s => s.Name == RollupSettlement.Overdue, ct);
        if (row is null) db.Add(new RollupSettlement { Name = RollupSettlement.Overdue, SettledOn = day });
        else row.SettledOn = day;
        await db.SaveChangesAsync(ct);
    }

    // PostgreSQL: saves that add to the rollups wait until this commits (SQLite has one writer at a time anyway).
    private async Task HoldAsync(CancellationToken ct)
    {
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("LOCK TABLE region_rollups IN SHARE ROW EXCLUSIVE MODE", ct);
    }
}
