using Dudao.Core;
using Dudao.Data;
using Dudao.Modules.Platform.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Platform.Files;

/// <summary>
/// Every night: deletes files older than a day that no row refers to — what a crash between
/// writing a file and committing its row left behind. Younger files are kept, since their save may
/// still be under way. An office's run-now sweeps only its own regions' folders.
/// </summary>
internal sealed class OrphanFileSweep(AppDbContext db, IFileBlobs blobs, TimeProvider clock) : IScheduledJob
{
    public const string JobName = "file-orphan-sweep";
    public static readonly TimeSpan MinimumAge = TimeSpan.FromDays(1);
    private const int Batch = 500;

    public string Name => JobName;
    public string Title => "清理无主上传文件";
    public JobSchedule Schedule => JobSchedule.Daily(3);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - MinimumAge;
        var deleted = 0;
        foreach (var batch in (await CandidatesAsync(cutoff, ct)).Chunk(Batch))
        {
            var ids = batch.Select(c => c.Id).ToList();
            // Rows anywhere count, whoever runs the sweep: a file is an orphan only if no row at all refers to it.
            var referenced = (await db.Set<StoredFile>().IgnoreQueryFilters().AsNoTracking()
                .Where(f => ids.Contains(f.Id)).Select(f => f.StoragePath).ToListAsync(ct)).Select(Normal).ToHashSet();
            foreach (var (_, path) in batch.Where(c => !referenced.Contains(c.Path)))
            {
                await blobs.DeleteAsync(path, ct);
                deleted++;
            }
        }
        return $"删除无记录的文件 {deleted} 个";
    }

    /// <summary>Files last written before the cutoff: all of them for the system, a region's folders for an office.</summary>
    private async Task<List<(string Id, string Path)>> CandidatesAsync(DateTime cutoff, CancellationToken ct)
    {
        var prefix = db.User.Scope.RegionPrefix;
        var found = new List<(string, string)>();
        await foreach (var blob in blobs.ListAsync(prefix, ct))
        {
            if (blob.LastWrittenUtc >= cutoff || !IsStoredName(blob.Path)) continue;
            // An office sweeps only region folders under its own region, never pending/ or the old yyyy/MM layout.
            if (prefix.Length > 0 && !(blob.Path.Split('/')[0] is var region && RegionCodes.IsWellFormed(region) && region.StartsWith(prefix, StringComparison.Ordinal))) continue;
            found.Add((Path.GetFileNameWithoutExtension(blob.Path), blob.Path));
        }
        return found;
    }

    private static string Normal(string storagePath) => storagePath.Replace('\\', '/');

    /// <summary>Only names the store gives (an id and an allowed extension): a root set to a shared folder by mistake loses nothing else.</summary>
    private static bool IsStoredName(string path) =>
        Path.GetFileNameWithoutExtension(path) is { Length: 32 } id && id.All(char.IsAsciiHexDigitLower)
        && FileKinds.Allowed.Any(k => k.Extension == Path.GetExtension(path));
}
