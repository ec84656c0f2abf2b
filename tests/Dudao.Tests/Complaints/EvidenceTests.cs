using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Platform.Files;

namespace Dudao.Tests.Complaints;

public sealed class EvidenceTests
{
    private const string Content = "周末在小区会所开设初中数学学科类培训班，附现场照片。";
    private static readonly byte[] Png = PublicComplaintTests.Png;
    private static readonly byte[] NotAnImage = "MZ not an image at all"u8.ToArray();

    [Theory, ClassData(typeof(Databases))]
    public async Task A_refused_complaint_upload_leaves_the_upload_folder_as_it_was(DatabaseKind kind)
    {
        using var app = UploadFolder.Start(kind);
        var client = app.CreateClient();
        var target = ComplaintApi.UniqueTarget();
        var before = UploadFolder.Files(app);

        var mixed = await client.PostAsync("/api/public/complaints", ComplaintApi.Multipart(target, Content, ("现场.png", Png), ("证据.jpg", NotAnImage)));
        mixed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ComplaintApi.ProblemAsync(mixed)).GetProperty("errors").GetProperty("evidence")[0].GetString()!.ShouldContain("证据.jpg");
        UploadFolder.Files(app).ShouldBe(before);

        // A good photo with a report that fails its checks after the files were read.
        var tooShort = await client.PostAsync("/api/public/complaints", ComplaintApi.Multipart(target, "太短", ("现场.png", Png)));
        tooShort.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        UploadFolder.Files(app).ShouldBe(before);

        var form = await new PageClient(client).SubmitAsync("/complaints/new", "#complaint-form", new()
        {
            ["Input.TargetKind"] = "other", ["Input.TargetName"] = target, ["Input.RegionCode"] = "500107", ["Input.Category"] = "其他",
            ["Input.Content"] = "太短", ["Input.Action"] = "submit",
        }, new() { ["evidence"] = ("现场.png", Png) });
        form.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // The page keeps the chosen photo for the corrected report: held apart, no record's file.
        UploadFolder.Files(app).Except(before).ShouldHaveSingleItem().ShouldStartWith(PendingUploads.Folder + Path.DirectorySeparatorChar);
        PageClient.Parse(await form.Content.ReadAsStringAsync()).QuerySelector("[data-testid=held-evidence]")!.TextContent.ShouldContain("现场.png");
        before = UploadFolder.Files(app);

        var ok = await client.PostAsync("/api/public/complaints", ComplaintApi.Multipart(target, Content, ("现场.png", Png)));
        ok.StatusCode.ShouldBe(HttpStatusCode.Created, await ok.Content.ReadAsStringAsync());
        UploadFolder.Files(app).Except(before).ShouldHaveSingleItem().ShouldStartWith("500107");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_complaints_evidence_is_served_only_to_staff_who_may_read_the_complaint(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        (await app.CreateClient().PostAsync("/api/public/complaints", ComplaintApi.Multipart(target, Content, ("现场.png", Png))))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var office = await app.ApiAsync("jlp-admin");
        var complaint = await ComplaintApi.GetAsync(office, await ComplaintApi.IdOfAsync(office, target));
        var url = $"/api/files/{complaint.GetProperty("evidence")[0].GetProperty("id").GetString()}";

        (await (await office.GetAsync(url)).Content.ReadAsByteArrayAsync()).ShouldBe(Png);
        (await (await app.ApiAsync("jlp-pxjg")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, "a department with complaint rights");
        (await (await app.ApiAsync("jlp-duxue")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "an inspector has no complaint rights");
        (await (await app.ApiAsync("jlp-school")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAsync("spb-admin")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var pages = await app.PagesAsync("jlp-duxue");
        (await pages.Http.GetAsync(url.Replace("/api/", "/staff/", StringComparison.Ordinal))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
