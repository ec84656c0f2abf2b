using System.Globalization;
using System.Security.Cryptography;
using Dudao.Core.Errors;
using Dudao.Data;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Platform.Files;

/// <summary>
/// Uploads in two steps: every file of a request is read and checked (size, type by content)
/// before any is stored; then <see cref="Add"/> puts each row in the DbContext, and the bytes are
/// written while that DbContext saves (<see cref="FileWrites"/>), so a refused request leaves no
/// file behind. Downloads only for callers who may read the file's owner record.
/// </summary>
public sealed class FileStore(AppDbContext db, TimeProvider clock, IFileBlobs blobs, IEnumerable<IFileOwnerAccess> owners)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>
    /// Reads and checks every upload: 413 at once for one over the limit; a message naming each
    /// refused file is added to <paramref name="errors"/>, and only the good ones are returned.
    /// </summary>
    /// <param name="field">The form field, for the messages.</param>
    public static async Task<IReadOnlyList<CheckedFile>> ReadAllAsync(IEnumerable<Upload> uploads, string field,
        ValidationErrors errors, CancellationToken ct)
    {
        var files = new List<CheckedFile>();
        foreach (var upload in uploads)
        {
            await using var content = upload.Open();
            if (Check(upload.FileName, await ReadLimitedAsync(content, field, ct), field, errors) is { } file) files.Add(file);
        }
        return files;
    }

    /// <summary>Checks one file already read; adds a message naming it when it is empty or of a type not allowed.</summary>
    public static CheckedFile? Check(string fileName, byte[] content, string field, ValidationErrors errors)
    {
        if (content.Length == 0)
        {
            errors.Add(field, $"文件“{fileName}”是空的");
            return null;
        }
        var kind = FileKinds.Detect(content.AsSpan(0, Math.Min(16, content.Length)), fileName);
        if (kind is null) errors.Add(field, $"文件“{fileName}”的类型不允许，只能上传：{FileKinds.AllowedLabels}");
        return kind is null ? null : new CheckedFile(fileName, kind, content);
    }

    /// <summary>Adds a checked file to the DbContext; its bytes reach the store when the caller saves.</summary>
    /// <param name="targetId">The school or institution the file is about, or null: a school's account sees only its own files.</param>
    public StoredFile Add(CheckedFile file, string ownerKind, string ownerId, string regionCode, string? targetId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var id = Core.Ids.New();
        var stored = new StoredFile
        {
            Id = id, RegionCode = regionCode, TargetId = targetId ?? "", OwnerKind = ownerKind, OwnerId = ownerId,
            FileName = Path.GetFileName(file.FileName).Trim() is { Length: > 0 and <= 200 } name ? name : "file" + file.Kind.Extension,
            ContentType = file.Kind.ContentType, Size = file.Content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)),
            StoragePath = string.Join('/', regionCode, now.ToString("yyyy", CultureInfo.InvariantCulture), now.ToString("MM", CultureInfo.InvariantCulture), id + file.Kind.Extension),
            UploadedAt = now, UploadedBy = db.User.UserName, PendingContent = file.Content,
        };
        db.Add(stored);
        return stored;
    }

    /// <summary>Opens a file in the caller's scope whose owner record the caller may read (404 otherwise).</summary>
    public async Task<(StoredFile File, Stream Content)> OpenAsync(string id, CancellationToken ct)
    {
        var file = await db.Set<StoredFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        var owner = owners.FirstOrDefault(o => o.OwnerKind == file?.OwnerKind);
        if (file is null || owner is null || !await owner.MayReadAsync(file.OwnerId, ct)) throw DomainException.NotFound("文件");
        return (file, await blobs.OpenReadAsync(file.StoragePath, ct) ?? throw DomainException.NotFound("文件"));
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream from, string field, CancellationToken ct)
    {
        using var to = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await from.ReadAsync(chunk, ct)) > 0)
        {
            if (to.Length + read > MaxBytes)
                throw new DomainException(413, Core.Errors.Check.FileTooLarge(field, MaxBytes));
            await to.WriteAsync(chunk.AsMemory(0, read), ct);
        }
        return to.ToArray();
    }
}
