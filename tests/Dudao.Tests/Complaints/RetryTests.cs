using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Complaints;

public sealed class RetryTests
{
    private const string Header = "Idempotency-Key";

    [Theory, ClassData(typeof(Databases))]
    public async Task A_retry_with_the_same_key_and_report_gets_the_same_receipt_and_stores_nothing_new(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = app.CreateClient();
        var target = ComplaintApi.UniqueTarget();
        var report = ComplaintApi.Report(target, reporter: new { name = "李重试", phone = "13800001111" });
        var key = Guid.NewGuid().ToString();

        var code = await ReceiptAsync(await client.SendAsync(Post(report, key)));
        (await ReceiptAsync(await client.SendAsync(Post(report, key)))).ShouldBe(code, "the response was lost; the reporter retries");
        var stored = await app.WithDbAsync(db => db.Set<Complaint>().IgnoreQueryFilters().Where(c => c.TargetName == target).ToListAsync());
        var complaint = stored.ShouldHaveSingleItem();
        (await app.WithDbAsync(db => db.Set<ComplaintReporter>().IgnoreQueryFilters().CountAsync(r => r.ComplaintId == complaint.Id))).ShouldBe(1);
        (await client.GetAsync($"/api/public/complaints/{code}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // What keeps the retry possible holds neither the receipt nor the key in clear.
        var record = await app.WithDbAsync(db => db.Set<SubmissionKey>().IgnoreQueryFilters().SingleAsync(k => k.ComplaintId == complaint.Id));
        JsonSerializer.Serialize(record).ShouldNotContain(code);
        JsonSerializer.Serialize(record).ShouldNotContain(key);

        // The same key with another report is refused, in Chinese, and stores nothing.
        var other = ComplaintApi.Report(target, content: "另一份内容不同的举报：周六上午在商场三楼开设高中物理培训班。");
        var refused = await client.SendAsync(Post(other, key));
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ComplaintApi.ProblemAsync(refused)).GetProperty("detail").GetString()!.ShouldContain("内容不同的举报");
        (await app.WithDbAsync(db => db.Set<Complaint>().IgnoreQueryFilters().CountAsync(c => c.TargetName == target))).ShouldBe(1);

        var malformed = await client.SendAsync(Post(report, new string('k', 201)));
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ComplaintApi.ProblemAsync(malformed)).GetProperty("errors").GetProperty(Header)[0].GetString()!.ShouldContain("ASCII");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Retries_with_evidence_and_simultaneous_retries_file_one_complaint(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = app.CreateClient();
        var target = ComplaintApi.UniqueTarget();
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage WithEvidence()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/public/complaints")
            {
                Content = ComplaintApi.Multipart(target, "周末在小区会所开设初中数学学科类培训班，附现场照片。", ("现场.png", PublicComplaintTests.Png)),
            };
            request.Headers.Add(Header, key);
            return request;
        }
        var codes = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ => await ReceiptAsync(await client.SendAsync(WithEvidence()))));
        codes.Distinct().ShouldHaveSingleItem();
        (await ReceiptAsync(await client.SendAsync(WithEvidence()))).ShouldBe(codes[0]);

        var id = (await app.WithDbAsync(db => db.Set<Complaint>().IgnoreQueryFilters().Where(c => c.TargetName == target).ToListAsync())).ShouldHaveSingleItem().Id;
        (await app.WithDbAsync(db => db.Set<StoredFile>().IgnoreQueryFilters().CountAsync(f => f.OwnerId == id))).ShouldBe(1);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_resent_public_form_shows_the_first_receipt_again(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = new PageClient(app.CreateClient());
        var (_, form) = await pages.GetAsync("/complaints/new");
        var key = form.QuerySelector("input[name='Input.SubmissionKey']")!.GetAttribute("value")!;
        var target = ComplaintApi.UniqueTarget();
        var fields = new Dictionary<string, string>
        {
            ["Input.TargetKind"] = "other", ["Input.TargetName"] = target, ["Input.RegionCode"] = "500107", ["Input.Category"] = "其他",
            ["Input.Content"] = "周末在小区会所开设初中数学学科类培训班。", ["Input.Action"] = "submit", ["Input.SubmissionKey"] = key,
        };
        var first = await ReceiptOnPageAsync(await pages.SubmitAsync("/complaints/new", "#complaint-form", fields));
        (await ReceiptOnPageAsync(await pages.SubmitAsync("/complaints/new", "#complaint-form", fields))).ShouldBe(first);
        (await app.WithDbAsync(db => db.Set<Complaint>().IgnoreQueryFilters().CountAsync(c => c.TargetName == target))).ShouldBe(1);

        // Back, edit, send: the form's key has served another report, so this one is new.
        fields["Input.Content"] = "周日下午在同一地点又开设了高中英语培训班。";
        (await ReceiptOnPageAsync(await pages.SubmitAsync("/complaints/new", "#complaint-form", fields))).ShouldNotBe(first);
        (await app.WithDbAsync(db => db.Set<Complaint>().IgnoreQueryFilters().CountAsync(c => c.TargetName == target))).ShouldBe(2);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Keys_are_forgotten_after_a_day(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var client = app.CreateClient();
        var report = ComplaintApi.Report(ComplaintApi.UniqueTarget());
        var key = Guid.NewGuid().ToString();
        var code = await ReceiptAsync(await client.SendAsync(Post(report, key)));

        app.Clock.Advance(TimeSpan.FromHours(23));
        (await ReceiptAsync(await client.SendAsync(Post(report, key)))).ShouldBe(code);
        var office = await app.ApiAsync("jlp-admin");
        (await office.PostAsync("/api/admin/jobs/complaint-submission-keys/run", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.WithDbAsync(db => db.Set<SubmissionKey>().IgnoreQueryFilters().CountAsync())).ShouldBe(1, "younger than a day");

        app.Clock.Advance(TimeSpan.FromHours(2));
        office = await app.ApiAsync("jlp-admin");
        var run = await office.PostAsync("/api/admin/jobs/complaint-submission-keys/run", null);
        (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lastResult").GetString().ShouldBe("删除过期的举报重试键 1 个");
        (await app.WithDbAsync(db => db.Set<SubmissionKey>().IgnoreQueryFilters().CountAsync())).ShouldBe(0);
    }

    private static HttpRequestMessage Post(object report, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/public/complaints") { Content = JsonContent.Create(report) };
        request.Headers.TryAddWithoutValidation(Header, key);
        return request;
    }

    private static async Task<string> ReceiptAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptCode").GetString()!;
    }

    private static async Task<string> ReceiptOnPageAsync(HttpResponseMessage response)
    {
        var page = PageClient.Parse(await response.Content.ReadAsStringAsync());
        return page.QuerySelector("[data-testid=receipt-code]")?.TextContent.Trim() ?? throw new InvalidOperationException(page.Body!.TextContent);
    }
}
