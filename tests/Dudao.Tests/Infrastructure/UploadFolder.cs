using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Platform.Files;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Infrastructure;

public enum FileBackend { Disk, S3 }

/// <summary>
/// An app whose uploads go to a store of its own, so a test sees exactly which files its requests
/// left behind. The file tests cover both backends at no extra cost: on SQLite the local disk, on
/// PostgreSQL the object store (a bucket of its own on <see cref="S3TestServer"/>), unless a test names one.
/// </summary>
public static class UploadFolder
{
    public static TestApp Start(DatabaseKind kind, Action<IServiceCollection>? services = null, FileBackend? backend = null) =>
        TestApp.Start(kind, Settings(backend ?? (kind == DatabaseKind.Postgres ? FileBackend.S3 : FileBackend.Disk)), services);

    public static Dictionary<string, string?> Settings(FileBackend backend) => backend == FileBackend.S3
        ? S3TestServer.NewBucketSettings()
        : new() { ["Dudao:Files:Root"] = Path.Combine(Path.GetTempPath(), $"dudao-files-{Guid.NewGuid():N}") };

    /// <summary>An app where files of owner kind "test" are readable by anyone in scope, so a test sees the file store's own rules.</summary>
    public static TestApp StartWithOpenOwner(DatabaseKind kind) => Start(kind, s => s.AddScoped<IFileOwnerAccess, OpenOwner>());

    private sealed class OpenOwner : IFileOwnerAccess
    {
        public string OwnerKind => "test";
        public Task<bool> MayReadAsync(string ownerId, CancellationToken ct) => Task.FromResult(true);
    }

    /// <summary>The disk backend's folder (tests that age files on disk).</summary>
    public static string Root(TestApp app) => app.Services.GetRequiredService<FileRoot>().Path;

    /// <summary>Every file in the app's store, by path relative to it.</summary>
    public static string[] Files(TestApp app) => FilesAsync(app).GetAwaiter().GetResult();

    private static async Task<string[]> FilesAsync(TestApp app)
    {
        var found = new List<string>();
        await foreach (var blob in app.Services.GetRequiredService<IFileBlobs>().ListAsync("", CancellationToken.None))
            found.Add(blob.Path.Replace('/', Path.DirectorySeparatorChar));
        return [.. found.Order()];
    }

    /// <summary>Checks and stores files in the county 500107 as a module would, in one save, as the system.</summary>
    public static async Task<List<string>> StoreAsync(TestApp app, string ownerKind, params (string Name, byte[] Content, string? TargetId)[] uploads)
    {
        using var scope = SystemScope.Create(app.Services.GetRequiredService<IServiceScopeFactory>());
        var files = scope.ServiceProvider.GetRequiredService<FileStore>();
        var ids = new List<string>();
        foreach (var (name, content, targetId) in uploads)
        {
            var checkedFile = (await FileStore.ReadAllAsync([Upload.Of(name, content)], "files", new ValidationErrors(), CancellationToken.None)).Single();
            ids.Add(files.Add(checkedFile, ownerKind, "owner", "500107", targetId).Id);
        }
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        return ids;
    }
}
