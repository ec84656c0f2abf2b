using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Inspections;

public sealed class VisitUploadTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Script = "<html><script>alert(1)</script></html>"u8.ToArray();

    [Theory, ClassData(typeof(Databases))]
    public async Task A_refused_photo_upload_leaves_the_upload_folder_as_it_was(DatabaseKind kind)
    {
        using var app = UploadFolder.Start(kind);
        var inspector = await app.ApiAsync("jlp-duxue");
        var school = (await InspectionApi.AssignedSchoolsAsync(inspector))[0];
        var id = (await (await inspector.PostAsJsonAsync("/api/visits", InspectionApi.Visit(school, "2026-11-16"))).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetString();
        var before = UploadFolder.Files(app);

        // A good photo and a disguised script in one request: both refused, the bad one named.
        var mixed = await inspector.PostAsync($"/api/visits/{id}/files", new MultipartFormDataContent
        {
            { new ByteArrayContent(Png), "files", "公示栏.png" }, { new ByteArrayContent(Script), "files", "photo.png" },
        });
        mixed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await mixed.Content.ReadAsStringAsync()).ShouldContain("文件“photo.png”的类型不允许");
        UploadFolder.Files(app).ShouldBe(before);

        // A good photo on a new-visit form that fails its checks after the photo was read.
        var pages = await app.PagesAsync("jlp-duxue");
        var refused = await pages.SubmitAsync($"/staff/visits/new?targetKind=school&targetId={school}", "#visit-form",
            new() { ["Input.Summary"] = "", ["Input.Date"] = "2026-11-21", ["Input.Methods"] = "briefing" }, new() { ["files"] = ("公示栏.png", Png) });
        (await refused.Content.ReadAsStringAsync()).ShouldContain("请填写基本情况");
        UploadFolder.Files(app).ShouldBe(before);

        // The good photo alone is stored, under its row's name in the county's folder.
        var ok = await inspector.PostAsync($"/api/visits/{id}/files", new MultipartFormDataContent { { new ByteArrayContent(Png), "files", "公示栏.png" } });
        ok.StatusCode.ShouldBe(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        var fileId = (await ok.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetString();
        UploadFolder.Files(app).Except(before).ShouldBe([Path.Combine("500107", "2026", "11", fileId + ".png")]);
    }
}
