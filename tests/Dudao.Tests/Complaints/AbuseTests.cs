using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Complaints;

public sealed class AbuseTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Past_the_burst_the_api_and_the_form_answer_429_in_chinese(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind, new Dictionary<string, string?> { ["Dudao:Complaints:RateLimit:PermitLimit"] = "3" });
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++) await ComplaintApi.SubmitAsync(client, ComplaintApi.Report(ComplaintApi.UniqueTarget()));

        var refused = await client.PostAsJsonAsync("/api/public/complaints", ComplaintApi.Report(ComplaintApi.UniqueTarget()));
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await ComplaintApi.ProblemAsync(refused)).GetProperty("detail").GetString()!.ShouldContain("提交过于频繁");
        (await client.GetAsync("/api/public/complaints/0000000000000000000Z")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        // Reading the form is free; posting it counts against the same client.
        var pages = new PageClient(client);
        (await pages.GetAsync("/complaints/new")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await pages.SubmitAsync("/complaints/new", "#complaint-form", new() { ["Input.Action"] = "submit" });
        page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await page.Content.ReadAsStringAsync()).ShouldContain("提交过于频繁，请稍后再试");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_input_gets_field_errors_and_stores_nothing(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = app.CreateClient();
        var target = ComplaintApi.UniqueTarget();

        async Task<JsonElement> ErrorsAsync(object report)
        {
            var response = await client.PostAsJsonAsync("/api/public/complaints", report);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            return (await ComplaintApi.ProblemAsync(response)).GetProperty("errors");
        }

        (await ErrorsAsync(ComplaintApi.Report(target, content: ""))).GetProperty("content")[0].GetString()!.ShouldContain("不能少于10个字");
        (await ErrorsAsync(ComplaintApi.Report(target, content: new string('补', 5000)))).GetProperty("content")[0].GetString()!.ShouldContain("不能超过4000个字");
        (await ErrorsAsync(ComplaintApi.Report(target, regionCode: "999999"))).GetProperty("regionCode")[0].GetString()!.ShouldContain("不存在");
        (await ErrorsAsync(ComplaintApi.Report(target, category: "乱填"))).TryGetProperty("category", out _).ShouldBeTrue();
        var named = await ErrorsAsync(ComplaintApi.Report(target, reporter: new { name = "", phone = "12345" }));
        named.GetProperty("reporter.name")[0].GetString().ShouldBe("实名举报请填写姓名");
        named.GetProperty("reporter.phone")[0].GetString()!.ShouldContain("11位手机号");
        var garbled = await client.PostAsync("/api/public/complaints", new StringContent("{\"targetKind\":", Encoding.UTF8, "application/json"));
        garbled.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var disguised = await client.PostAsync("/api/public/complaints",
            Multipart(target, ("photo.jpg", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"))));
        disguised.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ComplaintApi.ProblemAsync(disguised)).GetProperty("errors").GetProperty("evidence")[0].GetString()!.ShouldContain("类型不允许");

        var huge = await client.PostAsync("/api/public/complaints", Multipart(target, ("big.png", BigPng())));
        huge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await ComplaintApi.ProblemAsync(huge)).GetProperty("detail").GetString()!.ShouldContain("超过 10 MB");

        (await app.WithDbAsync(db => db.Set<Complaint>().IgnoreQueryFilters().CountAsync(c => c.TargetName == target))).ShouldBe(0);
        (await app.WithDbAsync(db => db.Set<StoredFile>().IgnoreQueryFilters().CountAsync(f => f.FileName == "big.png" || f.FileName == "photo.jpg"))).ShouldBe(0);

        // The same through the form: field messages on the page, and the matching status.
        var pages = new PageClient(client);
        var form = await pages.SubmitAsync("/complaints/new", "#complaint-form", new()
        {
            ["Input.TargetKind"] = "other", ["Input.TargetName"] = target, ["Input.RegionCode"] = "500107", ["Input.Category"] = "其他",
            ["Input.Content"] = "太短", ["Input.Action"] = "submit",
        }, new() { ["evidence"] = ("证据.jpg", Encoding.UTF8.GetBytes("MZ not an image at all")) });
        form.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = PageClient.Parse(await form.Content.ReadAsStringAsync()).Body!.TextContent;
        body.ShouldContain("举报内容不能少于10个字");
        body.ShouldContain("类型不允许");
        var tooBig = await pages.SubmitAsync("/complaints/new", "#complaint-form", new()
        {
            ["Input.TargetKind"] = "other", ["Input.TargetName"] = target, ["Input.RegionCode"] = "500107", ["Input.Category"] = "其他",
            ["Input.Content"] = "内容足够长的一段举报文字，用来测试文件过大。", ["Input.Action"] = "submit",
        }, new() { ["evidence"] = ("大照片.png", BigPng()) });
        tooBig.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await tooBig.Content.ReadAsStringAsync()).ShouldContain("超过 10 MB");
        (await app.WithDbAsync(db => db.Set<Complaint>().IgnoreQueryFilters().CountAsync(c => c.TargetName == target))).ShouldBe(0);
    }

    private static byte[] BigPng()
    {
        var bytes = new byte[FileStore.MaxBytes + 1];
        PublicComplaintTests.Png.CopyTo(bytes, 0);
        return bytes;
    }

    private static MultipartFormDataContent Multipart(string target, (string Name, byte[] Content) file)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent("other"), "targetKind" }, { new StringContent(target), "targetName" }, { new StringContent("500107"), "regionCode" },
            { new StringContent("其他"), "category" }, { new StringContent("附上照片为证，该机构在周末组织学科类培训。"), "content" },
            { new StringContent("true"), "anonymous" },
        };
        content.Add(new ByteArrayContent(file.Content), "evidence", file.Name);
        return content;
    }
}
