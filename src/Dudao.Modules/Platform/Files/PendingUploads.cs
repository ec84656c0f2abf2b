using System.Security.Cryptography;
using Dudao.Core.Errors;

namespace Dudao.Modules.Platform.Files;

/// <summary>A file held for a form not yet sent: the token the re-rendered form carries, and the name it shows.</summary>
public sealed record HeldUpload(string Token, string FileName);

/// <summary>
/// Files a form brings before it is sent (a browser never refills a file input when a post
/// re-renders the page): each is checked as a stored file is (size, type by content) and kept under
/// <c>pending/</c> by a random token, so the form's final post can attach it. No row refers to a
/// held file, so it is never a record on its own, and <see cref="OrphanFileSweep"/> deletes it a day later.
/// </summary>
public sealed class PendingUploads(FileRoot root)
{
    public const string Folder = "pending";
    private const int TokenLength = 32;

    private string FolderPath => Path.Combine(root.Path, Folder);

    /// <summary>Checks and holds the uploads; a refused one gets a message in <paramref name="errors"/> and is not held.</summary>
    public async Task<IReadOnlyList<HeldUpload>> HoldAsync(IReadOnlyList<Upload> uploads, string field, ValidationErrors errors, CancellationToken ct)
    {
        var files = await FileStore.ReadAllAsync(uploads, field, errors, ct);
        if (files.Count > 0) Directory.CreateDirectory(FolderPath);
        var held = new List<HeldUpload>();
        foreach (var file in files)
        {
            // Random, not time-ordered: the token is all a stranger would need to attach the file.
            var token = RandomNumberGenerator.GetHexString(TokenLength, lowercase: true);
            await File.WriteAllBytesAsync(Path.Combine(FolderPath, token + file.Kind.Extension), file.Content, ct);
            held.Add(new HeldUpload(token, file.FileName));
        }
        return held;
    }

    /// <summary>A held file as an upload again; null when the token is not one this store gives or its file has expired.</summary>
    public Upload? Find(HeldUpload held)
    {
        if (held.Token is not { Length: TokenLength } token || !token.All(char.IsAsciiHexDigitLower)) return null;
        var path = FileKinds.Allowed.Select(k => Path.Combine(FolderPath, token + k.Extension)).FirstOrDefault(File.Exists);
        return path is null ? null : new Upload(held.FileName, () => File.OpenRead(path));
    }
}
