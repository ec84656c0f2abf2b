using Dudao.Data;
using Dudao.Data.Audit;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Inspections.Coverage;

/// <summary>
/// Keeps the coverage rollup as visits are saved: the first visit of a school or institution in a
/// month writes its mark in the same transaction as the visit; later visits of that month change nothing.
/// </summary>
public sealed class CoverageMarks(AppDbContext db)
{
    public async Task SaveWithMarkAsync(Visit visit, CancellationToken ct)
    {
        if (visit.TargetKind is not (Assignment.SchoolTarget or Assignment.InstitutionTarget)
            || await db.Set<CoverageMark>().IgnoreQueryFilters().AnyAsync(m => m.Month == visit.Month && m.TargetId == visit.TargetId, ct))
        {
            await db.SaveChangesAsync(ct);
            return;
        }
        var mark = new CoverageMark
        {
            Month = visit.Month, TargetKind = visit.TargetKind, TargetId = visit.TargetId, RegionCode = visit.RegionCode, VisitId = visit.Id, VisitedOn = visit.Date,
        };
        db.Add(mark);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (!await MarkedMeanwhileAsync(visit, ct)) throw;
            // Another visit of the same target and month got its mark in first: save the visit without
            // one (the failed attempt's audit entries are written again by this save).
            db.Entry(mark).State = EntityState.Detached;
            foreach (var entry in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
                entry.State = EntityState.Detached;
            await db.SaveChangesAsync(ct);
        }
    }

    private Task<bool> MarkedMeanwhileAsync(Visit visit, CancellationToken ct) =>
        db.Set<CoverageMark>().IgnoreQueryFilters().AsNoTracking().AnyAsync(m => m.Month == visit.Month && m.TargetId == visit.TargetId, ct);
}
