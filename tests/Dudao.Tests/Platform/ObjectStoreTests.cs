using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Platform.Jobs;
using Dudao.Tests.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Platform;

/// <summary>The object-store backend's own cases; the shared file tests already run on it with PostgreSQL (<see cref="UploadFolder"/>).</summary>
public sealed class ObjectStoreTests
{
    private static readonly byte[] Png = PublicComplaintTests.Png;

    [Theory, ClassData(typeof(Databases))]
    public async Task An_object_store_outage_refuses_an_upload_with_a_clear_error_and_writes_nothing(DatabaseKind kind)
    {
        var settings = S3TestServer.Settings(S3TestServer.UnreachableUrl(), "dudao-down");
        using var app = TestApp.Start(kind, settings);
        var target = ComplaintApi.UniqueTarget("存储故障");

        var response = await app.CreateClient().PostAsync("/api/public/complaints",
            ComplaintApi.Multipart(target, "周末在小区会所开设初中数学学科类培训班，附现场照片。", ("现场.png", Png)));

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("detail").GetString().ShouldBe(FileStoreUnavailable.Message);
        (await app.WithDbAsync(db => db.Set<Complaint>().IgnoreQueryFilters().CountAsync(c => c.TargetName == target))).ShouldBe(0);
        (await app.WithDbAsync(db => db.Set<StoredFile>().IgnoreQueryFilters().CountAsync())).ShouldBe(0);

        // A report without files does not need the store.
        var plain = await app.CreateClient().PostAsJsonAsync("/api/public/complaints", ComplaintApi.Report(target));
        plain.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task On_the_object_store_the_sweep_deletes_old_orphans_and_keeps_referenced_and_young_files(DatabaseKind kind)
    {
        using var app = UploadFolder.Start(kind, backend: FileBackend.S3);
        var blobs = app.Services.GetRequiredService<IFileBlobs>();
        var id = (await UploadFolder.StoreAsync(app, "test", ("照片.png", Png, null))).Single();
        var referenced = UploadFolder.Files(app).Single();
        referenced.ShouldEndWith(id + ".png");
        var orphan = $"500107/2026/10/{Guid.NewGuid():N}.png";
        await blobs.WriteAsync(orphan, Png, CancellationToken.None);

        // The object store dates objects by its own clock: move the app's a day and more past it.
        app.Clock.SetUtcNow(DateTimeOffset.UtcNow.AddDays(1).AddHours(1));
        using (var scope = app.Services.CreateScope())
        {
            var sweep = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == OrphanFileSweep.JobName);
            (await scope.ServiceProvider.GetRequiredService<JobService>().RunAsync(sweep, null, "定时", CancellationToken.None)).ShouldBeTrue();
        }
        UploadFolder.Files(app).ShouldBe([referenced]);
        await using var content = await blobs.OpenReadAsync(referenced, CancellationToken.None);
        content.ShouldNotBeNull();
    }
}
