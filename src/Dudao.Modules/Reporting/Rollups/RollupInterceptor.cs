using Dudao.Data;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dudao.Modules.Reporting.Rollups;

/// <summary>
/// Keeps the rollups in step with every save, in its transaction: for each added, changed or deleted
/// visit, coverage mark, problem, complaint, escalation, institution step or document number, what its old state
/// counted is taken away and what its new state counts is added. A row added if absent (a coverage mark, a
/// document number) counts once its insert happened.
/// Without a transaction of the caller's, the save gets one here, committed when the save succeeded.
/// One per service scope, like the DbContext.
/// </summary>
internal sealed class RollupInterceptor : SaveChangesInterceptor, IInsertedIfAbsentObserver, IDisposable
{
    private IDbContextTransaction? _own;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not AppDbContext db) return result;
        var deltas = Collect(db, NeedsSettlement(db) ? Settlement(db).FirstOrDefault() : null);
        if (deltas.IsEmpty) return result;
        try
        {
            if (db.Database.CurrentTransaction is null) _own = db.Database.BeginTransaction();
            RollupWriter.Apply(db, deltas.Counts);
        }
        catch
        {
            Release();
            throw;
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken ct = default)
    {
        if (eventData.Context is not AppDbContext db) return result;
        var overdueAsOf = NeedsSettlement(db) ? await Settlement(db).FirstOrDefaultAsync(ct) : null;
        var deltas = Collect(db, overdueAsOf);
        if (deltas.IsEmpty) return result;
        try
        {
            if (db.Database.CurrentTransaction is null) _own = await db.Database.BeginTransactionAsync(ct);
            await RollupWriter.ApplyAsync(db, deltas.Counts, ct);
        }
        catch
        {
            Release();
            throw;
        }
        return result;
    }

    public async Task InsertedAsync(AppDbContext db, object entity, CancellationToken ct)
    {
        if (!RollupContributions.Counts(entity)) return;
        var deltas = new RollupDeltas();
        deltas.Add(entity, +1, null);
        if (deltas.IsEmpty) return;
        await RollupWriter.ApplyAsync(db, deltas.Counts, ct);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        _own?.Commit();
        Release();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (_own is not null) await _own.CommitAsync(ct);
        Release();
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        Release();
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken ct = default)
    {
        Release();
        return Task.CompletedTask;
    }

    public void Dispose() => Release();

    private static RollupDeltas Collect(AppDbContext db, DateOnly? overdueAsOf)
    {
        var deltas = new RollupDeltas();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => RollupContributions.Counts(e.Entity)).ToList())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted) deltas.Add(Original(entry), -1, overdueAsOf);
            if (entry.State is EntityState.Added or EntityState.Modified) deltas.Add(entry.Entity, +1, overdueAsOf);
        }
        return deltas;
    }

    private static object Original(EntityEntry entry) => entry.OriginalValues.ToObject();

    private static bool NeedsSettlement(AppDbContext db) =>
        db.ChangeTracker.Entries<Problem>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    private static IQueryable<DateOnly?> Settlement(AppDbContext db) =>
        db.Set<RollupSettlement>().AsNoTracking().Where(s => s.Name == RollupSettlement.Overdue).Select(s => (DateOnly?)s.SettledOn);

    private void Release()
    {
        _own?.Dispose();
        _own = null;
    }
}
