using System.Security.Cryptography;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Dudao.Modules.Platform.Files;

/// <summary>
/// Saves uploads outside the web root (<c>Dudao:Files:Root</c>, default <c>App_Data/files</c>),
/// after checking size and type by content, and opens them again for download within the
/// caller's scope.
/// </summary>
public sealed class FileStore(AppDbContext db, ICurrentUser me, TimeProvider clock, IConfiguration config, IHostEnvironment env)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private string Root => config["Dudao:Files:Root"] is { Length: > 0 } root ? root : Path.Combine(env.ContentRootPath, "App_Data", "files");

    /// <summary>Checks and stores one file; the caller saves the DbContext with its own record.</summary>
    /// <param name="targetId">The school or institution the file is about, or null: a school's account sees only its own files.</param>
    /// <param name="field">The form field, for the error message.</param>
    public async Task<StoredFile> SaveAsync(Stream content, string fileName, string ownerKind, string ownerId, string regionCode, string? targetId,
        string field, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        await CopyLimitedAsync(content, buffer, field, ct);
        if (buffer.Length == 0) throw ValidationFailedException.For(field, $"文件“{fileName}”是空的");
        var kind = FileKinds.Detect(buffer.GetBuffer().AsSpan(0, (int)Math.Min(16, buffer.Length)), fileName)
                   ?? throw ValidationFailedException.For(field, $"文件“{fileName}”的类型不允许，只能上传：{FileKinds.AllowedLabels}");

        var now = clock.GetUtcNow().UtcDateTime;
        var id = Core.Ids.New();
        var relative = Path.Combine(now.ToString("yyyy"), now.ToString("MM"), id + kind.Extension);
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        buffer.Position = 0;
        await using (var output = File.Create(path)) await buffer.CopyToAsync(output, ct);

        var stored = new StoredFile
        {
            Id = id, RegionCode = regionCode, TargetId = targetId ?? "", OwnerKind = ownerKind, OwnerId = ownerId,
            FileName = Path.GetFileName(fileName).Trim() is { Length: > 0 and <= 200 } name ? name : "file" + kind.Extension,
            ContentType = kind.ContentType, Size = buffer.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))),
            StoragePath = relative, UploadedAt = now, UploadedBy = me.UserName,
        };
        db.Add(stored);
        return stored;
    }

    /// <summary>Opens a file the caller may see (404 otherwise).</summary>
    public async Task<(StoredFile File, Stream Content)> OpenAsync(string id, CancellationToken ct)
    {
        var file = await db.Set<StoredFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) ?? throw DomainException.NotFound("文件");
        return (file, File.OpenRead(Path.Combine(Root, file.StoragePath)));
    }

    private static async Task CopyLimitedAsync(Stream from, Stream to, string field, CancellationToken ct)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await from.ReadAsync(chunk, ct)) > 0)
        {
            if (to.Length + read > MaxBytes)
                throw new DomainException(413, $"{field}：单个文件不能超过 {MaxBytes / 1024 / 1024} MB");
            await to.WriteAsync(chunk.AsMemory(0, read), ct);
        }
    }
}
