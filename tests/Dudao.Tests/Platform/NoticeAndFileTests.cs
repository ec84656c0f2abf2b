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
            (await notices.SendAsync(to, "整改即将到期", "重复", null, key, CancellationToken.None)).ShouldBeFalse("waiting in this unit of work");
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }
        using (var scope = SystemScope.Create(app.Services.GetRequiredService<IServiceScopeFactory>()))
        {
            var to = new NoticeRecipient(school.OrgKind, school.RegionCode, school.OrgRefId);
            (await scope.ServiceProvider.GetRequiredService<NoticeService>().SendAsync(to, "整改即将到期", "重复", null, key, CancellationToken.None))
                .ShouldBeFalse("stored already");
        }

        var schoolApi = await app.ApiAsync("jlp-school");
        var mine = await schoolApi.GetFromJsonAsync<JsonElement>("/api/me/notices?unread=true&pageSize=200");
        var notice = mine.GetProperty("items").EnumerateArray().Single(n => n.GetProperty("body").GetString() == "问题 X 将于3天后到期");
        var id = notice.GetProperty("id").GetString();

        var office = await app.ApiAsync("jlp-admin");
        (await office.GetFromJsonAsync<JsonElement>("/api/me/notices?pageSize=200")).GetProperty("items").EnumerateArray()
            .ShouldNotContain(n => n.GetProperty("id").GetString() == id);
        (await office.PostAsync($"/api/me/notices/{id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await schoolApi.PostAsync($"/api/me/notices/{id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await schoolApi.GetFromJsonAsync<JsonElement>("/api/me/notices?unread=true&pageSize=200")).GetProperty("items").EnumerateArray()
            .ShouldNotContain(n => n.GetProperty("id").GetString() == id);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Files_are_checked_by_content_and_served_only_in_scope_as_attachments(DatabaseKind kind)
    {
        using var app = UploadFolder.StartWithOpenOwner(kind);
        var id = (await UploadFolder.StoreAsync(app, "test", ("现场照片.png", Png, null))).Single();

        var errors = new ValidationErrors();
        var html = Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>");
        (await FileStore.ReadAllAsync([Upload.Of("photo.jpg", html), Upload.Of("ok.png", Png)], "photos", errors, CancellationToken.None))
            .Select(f => f.FileName).ShouldBe(["ok.png"]);
        errors.ToDictionary()["photos"].ShouldBe(["文件“photo.jpg”的类型不允许，只能上传：" + FileKinds.AllowedLabels]);
        var huge = await Should.ThrowAsync<DomainException>(() =>
            FileStore.ReadAllAsync([Upload.Of("big.png", new byte[FileStore.MaxBytes + 1])], "photos", new ValidationErrors(), CancellationToken.None));
        huge.Status.ShouldBe(413);

        var jlp = await app.ApiAsync("jlp-admin");
        var download = await jlp.GetAsync($"/api/files/{id}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Png);

        var spb = await app.ApiAsync("spb-admin");
        (await spb.GetAsync($"/api/files/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A file whose owner kind no module vouches for goes to nobody, even inside the scope.
        var unowned = (await UploadFolder.StoreAsync(app, "unknown-kind", ("无主.png", Png, null))).Single();
        (await jlp.GetAsync($"/api/files/{unowned}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_school_account_downloads_only_files_about_its_own_school(DatabaseKind kind)
    {
        using var app = UploadFolder.StartWithOpenOwner(kind);
        var schoolId = await app.WithDbAsync(db => db.Set<User>().IgnoreQueryFilters().Where(u => u.UserName == "jlp-school").Select(u => u.OrgRefId!).SingleAsync());
        var ids = await UploadFolder.StoreAsync(app, "test", ("本校整改.png", Png, schoolId), ("他校整改.png", Png, "another-school"));
        var (own, other) = (ids[0], ids[1]);
        var school = await app.ApiAsync("jlp-school");
        (await school.GetAsync($"/api/files/{own}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await school.GetAsync($"/api/files/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "same county, another school");
        (await (await app.ApiAsync("jlp-admin")).GetAsync($"/api/files/{other}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
