using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Platform.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Platform;

public sealed class NoticeAndFileTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [Theory, ClassData(typeof(Databases))]
    public async Task A_notice_reaches_only_its_unit_once(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var school = await app.WithDbAsync(db => db.Set<User>().IgnoreQueryFilters().SingleAsync(u => u.UserName == "jlp-school"));
        var key = "test:" + Guid.NewGuid();
        using (var scope = SystemScope.Create(app.Services.GetRequiredService<IServiceScopeFactory>()))
        {
            var notices = scope.ServiceProvider.GetRequiredService<NoticeService>();
            var to = new NoticeRecipient(school.OrgKind, school.RegionCode, school.OrgRefId);
            (await notices.SendAsync(to, "整改即将到期", "问题 X 将于3天后到期", "/staff/problems", key, CancellationToken.None)).ShouldBeTrue();
            (await notices.SendAsync(to, "整改即将到期", "重复", null, key, CancellationToken.None)).ShouldBeFalse();
        }

        var schoolApi = await app.ApiAsync("jlp-school");
        var mine = await schoolApi.GetFromJsonAsync<JsonElement>("/api/notices?unread=true&pageSize=200");
        var notice = mine.GetProperty("items").EnumerateArray().Single(n => n.GetProperty("body").GetString() == "问题 X 将于3天后到期");
        var id = notice.GetProperty("id").GetString();

        var office = await app.ApiAsync("jlp-admin");
        (await office.GetFromJsonAsync<JsonElement>("/api/notices?pageSize=200")).GetProperty("items").EnumerateArray()
            .ShouldNotContain(n => n.GetProperty("id").GetString() == id);
        (await office.PostAsync($"/api/notices/{id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await schoolApi.PostAsync($"/api/notices/{id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await schoolApi.GetFromJsonAsync<JsonElement>("/api/notices?unread=true&pageSize=200")).GetProperty("items").EnumerateArray()
            .ShouldNotContain(n => n.GetProperty("id").GetString() == id);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Files_are_checked_by_content_and_served_only_in_scope_as_attachments(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        string id;
        using (var scope = SystemScope.Create(app.Services.GetRequiredService<IServiceScopeFactory>()))
        {
            var files = scope.ServiceProvider.GetRequiredService<FileStore>();
            var stored = await files.SaveAsync(new MemoryStream(Png), "现场照片.png", "test", "owner", "500107", null, "photos", CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
            id = stored.Id;

            var disguised = await Should.ThrowAsync<ValidationFailedException>(() =>
                files.SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")), "photo.jpg", "test", "owner", "500107", null, "photos", CancellationToken.None));
            disguised.Errors["photos"][0].ShouldContain("类型不允许");
            var huge = await Should.ThrowAsync<DomainException>(() =>
                files.SaveAsync(new MemoryStream(new byte[FileStore.MaxBytes + 1]), "big.png", "test", "owner", "500107", null, "photos", CancellationToken.None));
            huge.Status.ShouldBe(413);
        }

        var jlp = await app.ApiAsync("jlp-admin");
        var download = await jlp.GetAsync($"/api/files/{id}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Png);

        var spb = await app.ApiAsync("spb-admin");
        (await spb.GetAsync($"/api/files/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_school_account_downloads_only_files_about_its_own_school(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var schoolId = await app.WithDbAsync(db => db.Set<User>().IgnoreQueryFilters().Where(u => u.UserName == "jlp-school").Select(u => u.OrgRefId!).SingleAsync());
        string own, other;
        using (var scope = SystemScope.Create(app.Services.GetRequiredService<IServiceScopeFactory>()))
        {
            var files = scope.ServiceProvider.GetRequiredService<FileStore>();
            own = (await files.SaveAsync(new MemoryStream(Png), "本校整改.png", "test", "owner", "500107", schoolId, "files", CancellationToken.None)).Id;
            other = (await files.SaveAsync(new MemoryStream(Png), "他校整改.png", "test", "owner", "500107", "another-school", "files", CancellationToken.None)).Id;
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }
        var school = await app.ApiAsync("jlp-school");
        (await school.GetAsync($"/api/files/{own}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await school.GetAsync($"/api/files/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "same county, another school");
        (await (await app.ApiAsync("jlp-admin")).GetAsync($"/api/files/{other}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
