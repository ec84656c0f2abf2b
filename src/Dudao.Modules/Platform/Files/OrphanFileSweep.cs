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
internal sealed class OrphanFileSweep(AppDbContext db, FileRoot root, TimeProvider clock) : IScheduledJob
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
        foreach (var batch in Candidates(cutoff).Chunk(Batch))
        {
            var ids = batch.Select(c => c.Id).ToList();
            // Rows anywhere count, whoever runs the sweep: a file is an orphan only if no row at all refers to it.
            var referenced = (await db.Set<StoredFile>().IgnoreQueryFilters().AsNoTracking()
                .Where(f => ids.Contains(f.Id)).Select(f => f.StoragePath).ToListAsync(ct)).ToHashSet();
            foreach (var (_, relative, path) in batch.Where(c => !referenced.Contains(c.Relative)))
            {
                File.Delete(path);
                deleted++;
            }
        }
        return $"删除无记录的文件 {deleted} 个";
    }

    /// <summary>Files last written before the cutoff: all of them for the system, a region's folders for an office.</summary>
    private IEnumerable<(string Id, string Relative, string Path)> Candidates(DateTime cutoff)
    {
        if (!Directory.Exists(root.Path)) return [];
        var prefix = db.User.Scope.RegionPrefix;
        IEnumerable<string> folders = prefix.Length == 0
            ? [root.Path]
            : Directory.EnumerateDirectories(root.Path).Where(d => Path.GetFileName(d) is var name && RegionCodes.IsWellFormed(name) && name.StartsWith(prefix, StringComparison.Ordinal));
        return folders.SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(path => IsStoredName(path) && File.GetLastWriteTimeUtc(path) < cutoff)
            .Select(path => (Path.GetFileNameWithoutExtension(path), Path.GetRelativePath(root.Path, path), path));
    }

    /// <summary>Only names the store gives (an id and an allowed extension): a root set to a shared folder by mistake loses nothing else.</summary>
    private static bool IsStoredName(string path) =>
        Path.GetFileNameWithoutExtension(path) is { Length: 32 } id && id.All(char.IsAsciiHexDigitLower)
        && FileKinds.Allowed.Any(k => k.Extension == Path.GetExtension(path));
}
