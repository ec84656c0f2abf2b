using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dudao.Modules.Platform.Files;

/// <summary>
/// Writes the bytes of the files added to a DbContext while it saves, stored (flushed to disk, or
/// acknowledged by the object store) before the rows commit, and deletes them again when that save
/// fails, is cancelled, or never completes before the request ends: a file is stored when its row
/// was, and a refused or failed request leaves none. A store that cannot be reached fails the save
/// before any row is sent. Only a crash between the write and the commit leaves a file without a
/// row; <see cref="OrphanFileSweep"/> removes those a day later. One per service scope, like the DbContext.
/// </summary>
internal sealed class FileWrites(IFileBlobs blobs) : SaveChangesInterceptor, IDisposable, IAsyncDisposable
{
    private readonly List<StoredFile> _unconfirmed = [];

    // A failed write is discarded here: EF reports no failure for an exception thrown before its save starts.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken ct = default)
    {
        foreach (var file in Begin(eventData.Context))
        {
            try
            {
                await blobs.WriteAsync(file.StoragePath, file.PendingContent!, ct);
            }
            catch
            {
                await DiscardAsync();
                throw;
            }
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Confirm();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        Confirm();
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Discard();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default) => DiscardAsync();

    public override void SaveChangesCanceled(DbContextEventData eventData) => Discard();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken ct = default) => DiscardAsync();

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Discard();
        return result;
    }

    public override async ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result,
        CancellationToken ct = default)
    {
        await DiscardAsync();
        return result;
    }

    /// <summary>A save that never completed (an exception between the write and the save) leaves nothing either.</summary>
    public void Dispose() => Discard();

    public async ValueTask DisposeAsync() => await DiscardAsync();

    /// <summary>The added files with bytes to write, each remembered before its write so that a failure removes it.</summary>
    private List<StoredFile> Begin(DbContext? context)
    {
        if (context is null) return [];
        var pending = context.ChangeTracker.Entries<StoredFile>()
            .Where(e => e.State == EntityState.Added && e.Entity.PendingContent is not null).Select(e => e.Entity).ToList();
        _unconfirmed.AddRange(pending);
        return pending;
    }

    private void Confirm()
    {
        foreach (var file in _unconfirmed) file.PendingContent = null;
        _unconfirmed.Clear();
    }

    private void Discard() => DiscardAsync().GetAwaiter().GetResult();

    /// <summary>Deletes what this save wrote; the rows keep their bytes, so a retried save writes them again.</summary>
    private async Task DiscardAsync()
    {
        var written = _unconfirmed.ToList();
        _unconfirmed.Clear();
        foreach (var file in written)
        {
            try
            {
                await blobs.DeleteAsync(file.StoragePath, CancellationToken.None);
            }
            catch (Core.Errors.DomainException)
            {
                // The store went away mid-save: what was written is an orphan, which the nightly sweep deletes.
            }
        }
    }
}
