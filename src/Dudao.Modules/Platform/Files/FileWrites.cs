using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dudao.Modules.Platform.Files;

/// <summary>
/// Writes the bytes of the files added to a DbContext while it saves, flushed to disk before the
/// rows commit, and deletes them again when that save fails, is cancelled, or never completes
/// before the request ends: a file is on disk when its row was stored, and a refused or failed
/// request leaves none. Only a crash between the write and the commit leaves a file without a row;
/// <see cref="OrphanFileSweep"/> removes those a day later. One per service scope, like the DbContext.
/// </summary>
internal sealed class FileWrites(FileRoot root) : SaveChangesInterceptor, IDisposable
{
    private readonly List<StoredFile> _unconfirmed = [];

    // A failed write is discarded here: EF reports no failure for an exception thrown before its save starts.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        foreach (var file in Begin(eventData.Context))
        {
            try
            {
                using var output = File.Create(root.Of(file));
                output.Write(file.PendingContent!);
                output.Flush(flushToDisk: true);
            }
            catch
            {
                Discard();
                throw;
            }
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken ct = default)
    {
        foreach (var file in Begin(eventData.Context))
        {
            try
            {
                await using var output = File.Create(root.Of(file));
                await output.WriteAsync(file.PendingContent!, ct);
                output.Flush(flushToDisk: true);
            }
            catch
            {
                Discard();
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

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        Discard();
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Discard();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken ct = default)
    {
        Discard();
        return Task.CompletedTask;
    }

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Discard();
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result,
        CancellationToken ct = default)
    {
        Discard();
        return ValueTask.FromResult(result);
    }

    /// <summary>A save that never completed (an exception between the write and the save) leaves nothing either.</summary>
    public void Dispose() => Discard();

    /// <summary>The added files with bytes to write, each remembered before its write so that a failure removes it.</summary>
    private List<StoredFile> Begin(DbContext? context)
    {
        if (context is null) return [];
        var pending = context.ChangeTracker.Entries<StoredFile>()
            .Where(e => e.State == EntityState.Added && e.Entity.PendingContent is not null).Select(e => e.Entity).ToList();
        foreach (var file in pending)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(root.Of(file))!);
            _unconfirmed.Add(file);
        }
        return pending;
    }

    private void Confirm()
    {
        foreach (var file in _unconfirmed) file.PendingContent = null;
        _unconfirmed.Clear();
    }

    /// <summary>Deletes what this save wrote; the rows keep their bytes, so a retried save writes them again.</summary>
    private void Discard()
    {
        foreach (var path in _unconfirmed.Select(root.Of).Where(File.Exists)) File.Delete(path);
        _unconfirmed.Clear();
    }
}
