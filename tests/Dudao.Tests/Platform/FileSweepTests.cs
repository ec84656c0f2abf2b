using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Platform;

public sealed class FileSweepTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [Theory, ClassData(typeof(Databases))]
    public async Task The_sweep_deletes_unreferenced_files_older_than_a_day_and_keeps_younger_and_referenced_ones(DatabaseKind kind)
    {
        using var app = UploadFolder.Start(kind, backend: FileBackend.Disk); // ages files on disk
        var now = TestApp.Now.UtcDateTime;
        var referenced = Path.Combine("500107", "2026", "11", (await UploadFolder.StoreAsync(app, "test", ("照片.png", Png, null))).Single() + ".png");
        Age(app, referenced, now.AddDays(-2));
        var oldOrphan = Orphan(app, "500107", now.AddDays(-1).AddMinutes(-1));
        var youngOrphan = Orphan(app, "500107", now.AddHours(-23));
        var neighbourOrphan = Orphan(app, "500106", now.AddDays(-3));
        var legacyOrphan = Orphan(app, "", now.AddDays(-3)); // the layout before region folders: yyyy/MM/<id>
        var foreign = "complaints-identity.key"; // not a name the store gives: kept even if the root was set to a shared folder
        File.WriteAllText(Path.Combine(UploadFolder.Root(app), foreign), "secret");
        Age(app, foreign, now.AddDays(-30));

        // A county office's run-now sweeps its own county's folder only.
        var county = await app.ApiAsync("jlp-admin");
        var run = await county.PostAsync($"/api/admin/jobs/{OrphanFileSweep.JobName}/run", null);
        (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lastResult").GetString().ShouldBe("删除无记录的文件 1 个");
        UploadFolder.Files(app).ShouldBe(new[] { referenced, youngOrphan, neighbourOrphan, legacyOrphan, foreign }.Order());

        // The nightly run sweeps everything.
        using (var scope = app.Services.CreateScope())
        {
            var jobs = scope.ServiceProvider.GetRequiredService<JobService>();
            var sweep = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == OrphanFileSweep.JobName);
            (await jobs.RunAsync(sweep, now, "定时", CancellationToken.None)).ShouldBeTrue();
        }
        UploadFolder.Files(app).ShouldBe(new[] { referenced, youngOrphan, foreign }.Order());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_save_that_fails_or_never_happens_leaves_no_file(DatabaseKind kind)
    {
        using var app = UploadFolder.Start(kind);
        await app.WithDbAsync(db =>
        {
            db.Add(new JobRun { Name = "taken" });
            return db.SaveChangesAsync();
        });

        using (var scope = SystemScope.Create(app.Services.GetRequiredService<IServiceScopeFactory>()))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Add(scope, "失败.png");
            db.Add(new JobRun { Name = "taken" }); // the same key again: the save fails after the file was written
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
            UploadFolder.Files(app).ShouldBeEmpty();
        }
        using (var scope = SystemScope.Create(app.Services.GetRequiredService<IServiceScopeFactory>()))
        {
            Add(scope, "未保存.png");
        }
        UploadFolder.Files(app).ShouldBeEmpty();
        (await app.WithDbAsync(db => db.Set<StoredFile>().IgnoreQueryFilters().CountAsync())).ShouldBe(0);
    }

    private static void Add(IServiceScope scope, string name) =>
        scope.ServiceProvider.GetRequiredService<FileStore>().Add(new CheckedFile(name, FileKinds.Allowed[1], Png), "test", "owner", "500107", null);

    /// <summary>A file no row refers to, in a region's folder ("" for the old layout), last written at <paramref name="at"/>.</summary>
    private static string Orphan(TestApp app, string regionCode, DateTime at)
    {
        var relative = Path.Combine(regionCode, "2026", "10", Guid.NewGuid().ToString("N") + ".png");
        var path = Path.Combine(UploadFolder.Root(app), relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Png);
        Age(app, relative, at);
        return relative;
    }

    private static void Age(TestApp app, string relative, DateTime at) => File.SetLastWriteTimeUtc(Path.Combine(UploadFolder.Root(app), relative), at);
}
