namespace Dudao.Modules.Platform.Files;

/// <summary>A stored object: its path relative to the store (<c>/</c>-separated) and when it was last written.</summary>
public sealed record BlobEntry(string Path, DateTime LastWrittenUtc);

/// <summary>
/// Where the bytes of stored files live: the local disk (<see cref="DiskFileBlobs"/>, the default) or
/// an S3-compatible object store (<see cref="S3FileBlobs"/>), chosen by <c>Dudao:Files:Backend</c>.
/// Paths are relative and <c>/</c>-separated (<c>500107/2026/11/&lt;id&gt;.png</c>). A store that
/// cannot be reached throws <see cref="FileStoreUnavailable"/>, which callers show as a clear refusal.
/// </summary>
public interface IFileBlobs
{
    Task WriteAsync(string path, byte[] content, CancellationToken ct);

    /// <summary>The content, or null when no object has that path.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken ct);

    /// <summary>Deletes the object if it exists.</summary>
    Task DeleteAsync(string path, CancellationToken ct);

    /// <summary>Every object whose path starts with <paramref name="prefix"/>.</summary>
    IAsyncEnumerable<BlobEntry> ListAsync(string prefix, CancellationToken ct);
}
