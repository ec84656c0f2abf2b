using Microsoft.AspNetCore.Http;

namespace Dudao.Modules.Platform.Files;

/// <summary>
/// A file as a request brings it, not yet read or checked: the one shape pages and endpoints hand to
/// a service, which checks it with <see cref="FileStore.ReadAllAsync"/> and stores it in <see cref="StoredFile"/>.
/// </summary>
/// <param name="Open">Opens the content afresh each time (a posted form keeps it buffered).</param>
public sealed record Upload(string FileName, Func<Stream> Open)
{
    /// <summary>The files of a posted form, as posted (an empty one is refused by the check, not dropped).</summary>
    public static IReadOnlyList<Upload> From(IEnumerable<IFormFile> files) => files.Select(f => new Upload(f.FileName, f.OpenReadStream)).ToList();

    /// <summary>Content already in memory.</summary>
    public static Upload Of(string fileName, byte[] content) => new(fileName, () => new MemoryStream(content, writable: false));
}
