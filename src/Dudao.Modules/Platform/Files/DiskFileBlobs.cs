namespace Dudao.Modules.Platform.Files;

/// <summary>Files under <see cref="FileRoot"/> on this machine's disk, flushed before a write returns.</summary>
internal sealed class DiskFileBlobs(FileRoot root) : IFileBlobs
{
    public async Task WriteAsync(string path, byte[] content, CancellationToken ct)
    {
        var full = Full(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await using var output = File.Create(full);
        await output.WriteAsync(content, ct);
        output.Flush(flushToDisk: true);
    }

    public Task<Stream?> OpenReadAsync(string path, CancellationToken ct) =>
        Task.FromResult<Stream?>(File.Exists(Full(path)) ? File.OpenRead(Full(path)) : null);

    public Task DeleteAsync(string path, CancellationToken ct)
    {
        File.Delete(Full(path));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<BlobEntry> ListAsync(string prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await Task.CompletedTask;
        if (!Directory.Exists(root.Path)) yield break;
        foreach (var file in Directory.EnumerateFiles(root.Path, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root.Path, file).Replace(Path.DirectorySeparatorChar, '/');
            if (relative.StartsWith(prefix, StringComparison.Ordinal)) yield return new BlobEntry(relative, File.GetLastWriteTimeUtc(file));
        }
    }

    private string Full(string path) => Path.Combine(root.Path, path.Replace('/', Path.DirectorySeparatorChar));
}
