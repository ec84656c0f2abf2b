using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Platform.Files;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Infrastructure;

/// <summary>An app whose uploads go to a folder of its own, so a test sees exactly which files its requests left behind.</summary>
public static class UploadFolder
{
    public static TestApp Start(DatabaseKind kind, Action<IServiceCollection>? services = null) =>
        TestApp.Start(kind, new Dictionary<string, string?> { ["Dudao:Files:Root"] = Path.Combine(Path.GetTempPath(), $"dudao-files-{Guid.NewGuid():N}") }, services);

    /// <summary>An app where files of owner kind "test" are readable by anyone in scope, so a test sees the file store's own rules.</summary>
    public static TestApp StartWithOpenOwner(DatabaseKind kind) => Start(kind, s => s.AddScoped<IFileOwnerAccess, OpenOwner>());

    private sealed class OpenOwner : IFileOwnerAccess
    {
        public string OwnerKind => "test";
        public Task<bool> MayReadAsync(string ownerId, CancellationToken ct) => Task.FromResult(true);
    }

    public static string Root(TestApp app) => app.Services.GetRequiredService<FileRoot>().Path;

    /// <summary>Every file under the app's upload folder, by path relative to it.</summary>
    public static string[] Files(TestApp app)
    {
        var root = Root(app);
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order().ToArray()
            : [];
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
