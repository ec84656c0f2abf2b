using System.Security.Cryptography;
using Dudao.Core.Errors;

namespace Dudao.Modules.Platform.Files;

/// <summary>A file held for a form not yet sent: the token the re-rendered form carries, and the name it shows.</summary>
public sealed record HeldUpload(string Token, string FileName);

/// <summary>
/// Files a form brings before it is sent (a browser never refills a file input when a post
/// re-renders the page): each is checked as a stored file is (size, type by content) and kept in the
/// file store under <c>pending/</c> by a random token, so the form's final post can attach it, on
/// whichever instance it lands. No row refers to a held file, so it is never a record on its own,
/// and <see cref="OrphanFileSweep"/> deletes it a day later.
/// </summary>
public sealed class PendingUploads(IFileBlobs blobs)
{
    public const string Folder = "pending";
    private const int TokenLength = 32;

    /// <summary>Checks and holds the uploads; a refused one gets a message in <paramref name="errors"/> and is not held.</summary>
    public async Task<IReadOnlyList<HeldUpload>> HoldAsync(IReadOnlyList<Upload> uploads, string field, ValidationErrors errors, CancellationToken ct)
    {
        var files = await FileStore.ReadAllAsync(uploads, field, errors, ct);
        var held = new List<HeldUpload>();
        foreach (var file in files)
        {
            // Random, not time-ordered: the token is all a stranger would need to attach the file.
            var token = RandomNumberGenerator.GetHexString(TokenLength, lowercase: true);
            await blobs.WriteAsync(Folder + "/" + token + file.Kind.Extension, file.Content, ct);
            held.Add(new HeldUpload(token, file.FileName));
        }
        return held;
    }

    /// <summary>A held file as an upload again; null when the token is not one this store gives or its file has expired.</summary>
    public async Task<Upload?> FindAsync(HeldUpload held, CancellationToken ct)
    {
        if (held.Token is not { Length: TokenLength } token || !token.All(char.IsAsciiHexDigitLower)) return null;
        foreach (var kind in FileKinds.Allowed)
        {
            await using var content = await blobs.OpenReadAsync(Folder + "/" + token + kind.Extension, ct);
            if (content is null) continue;
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy, ct);
            return Upload.Of(held.FileName, copy.ToArray());
        }
        return null;
    }
}
