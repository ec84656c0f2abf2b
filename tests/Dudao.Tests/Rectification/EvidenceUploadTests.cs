using System.Net;
using System.Net.Http.Json;

namespace Dudao.Tests.Rectification;

public sealed class EvidenceUploadTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_refused_evidence_upload_leaves_the_upload_folder_as_it_was(DatabaseKind kind)
    {
        using var app = UploadFolder.Start(kind);
        var (office, school) = (await app.ApiAsync("jlp-admin"), await app.ApiAsync("jlp-school"));
        var id = (await Problems.CreateAsync(office, await Problems.UnitIdAsync(app, "jlp-school"), Problems.Unique("课后服务未覆盖全部年级"))).Id();
        (await school.PostAsJsonAsync($"/api/problems/{id}/plan", new { note = "下周起全年级开展课后服务" })).EnsureSuccessStatusCode();
        var before = UploadFolder.Files(app);

        // One good photo and one file that is no image: both refused.
        var mixed = new MultipartFormDataContent
        {
            { new StringContent("已整改"), "note" }, { new ByteArrayContent(Problems.Png), "files", "整改后照片.png" },
            { new ByteArrayContent("MZ not an image"u8.ToArray()), "files", "课表.jpg" },
        };
        var refused = await school.PostAsync($"/api/problems/{id}/evidence", mixed);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("文件“课表.jpg”的类型不允许");
        UploadFolder.Files(app).ShouldBe(before);

        // A good photo with a missing note: the form fails after the photo was read.
        var noNote = await Problems.EvidenceAsync(school, id, " ", Problems.Png);
        noNote.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        UploadFolder.Files(app).ShouldBe(before);
        (await Problems.GetAsync(school, id)).Status().ShouldBe("rectifying");

        var ok = await Problems.EvidenceAsync(school, id, "已全年级开展课后服务", Problems.Png);
        ok.StatusCode.ShouldBe(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        UploadFolder.Files(app).Except(before).Count().ShouldBe(1);
    }
}
