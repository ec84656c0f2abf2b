using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Complaints;

public sealed class ReporterProtectionTests
{
    private const string Name = "赵实名举报";
    private const string Phone = "13700001234";

    [Theory, ClassData(typeof(Databases))]
    public async Task Staff_without_the_permission_never_see_the_reporter_and_a_reveal_with_a_reason_is_audited(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target, reporter: new { name = Name, phone = Phone }));

        // A department may handle the complaint but not learn who sent it: not through the API, not through the pages.
        var department = await app.ApiAsync("jlp-pxjg");
        var id = await ComplaintApi.IdOfAsync(department, target);
        foreach (var url in new[] { $"/api/complaints/{id}", $"/api/complaints?q={Uri.EscapeDataString(target)}", "/api/complaints/stats", "/api/complaints/hot-targets" })
        {
            var body = await department.GetStringAsync(url);
            body.ShouldNotContain(Name);
            body.ShouldNotContain(Phone);
        }
        (await department.GetAsync($"/api/complaints/{id}/reporter?reason=核实")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var pages = await app.PagesAsync("jlp-pxjg");
        foreach (var url in new[] { $"/staff/complaints/{id}", "/staff/complaints", "/staff/complaints/stats" })
        {
            var (response, page) = await pages.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            page.Body!.TextContent.ShouldNotContain(Name);
            page.Body.TextContent.ShouldNotContain(Phone);
        }
        (await pages.GetAsync($"/staff/complaints/{id}")).Document.QuerySelector("#reveal-form").ShouldBeNull();

        // The target itself never reads complaints, whatever it asks for.
        var school = await app.ApiAsync("jlp-school");
        (await school.GetAsync("/api/complaints")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await school.GetAsync($"/api/complaints/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var admin = await app.ApiAsync("jlp-admin");
        var noReason = await admin.GetAsync($"/api/complaints/{id}/reporter");
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ComplaintApi.ProblemAsync(noReason)).GetProperty("errors").GetProperty("reason")[0].GetString()!.ShouldContain("理由");

        var reason = "核实举报线索需联系举报人" + Guid.NewGuid().ToString("N")[..6];
        var revealed = await admin.GetFromJsonAsync<JsonElement>($"/api/complaints/{id}/reporter?reason={Uri.EscapeDataString(reason)}");
        revealed.GetProperty("name").GetString().ShouldBe(Name);
        revealed.GetProperty("phone").GetString().ShouldBe(Phone);

        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == id && e.Action == "reveal-reporter").ToListAsync());
        var entry = audit.ShouldHaveSingleItem();
        entry.UserName.ShouldBe("jlp-admin");
        entry.EntityType.ShouldBe("Complaint");
        entry.Changes!.ShouldContain(reason);
        entry.Changes!.ShouldNotContain(Phone);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_reveal_on_the_detail_page_needs_a_reason_and_is_audited(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target, reporter: new { name = Name, phone = Phone }));
        var id = await ComplaintApi.IdOfAsync(await app.ApiAsync("jlp-admin"), target);
        var pages = await app.PagesAsync("jlp-admin");

        var (_, before) = await pages.GetAsync($"/staff/complaints/{id}");
        before.Body!.TextContent.ShouldNotContain(Phone);
        var empty = PageClient.Parse(await (await pages.SubmitAsync($"/staff/complaints/{id}", "#reveal-form", new() { ["RevealReason.Text"] = "" })).Content.ReadAsStringAsync());
        empty.Body!.TextContent.ShouldContain("查看举报人身份须填写理由");
        empty.QuerySelector("[data-testid=reporter]").ShouldBeNull();

        var shown = PageClient.Parse(await (await pages.SubmitAsync($"/staff/complaints/{id}", "#reveal-form", new() { ["RevealReason.Text"] = "电话回访举报人" })).Content.ReadAsStringAsync());
        shown.QuerySelector("[data-testid=reporter]")!.TextContent.ShouldContain(Phone);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == id && e.Action == "reveal-reporter"))).ShouldBe(1);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Another_county_cannot_read_handle_or_reveal_a_complaint(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target, reporter: new { name = Name, phone = Phone }));
        var id = await ComplaintApi.IdOfAsync(await app.ApiAsync("jlp-admin"), target);

        var spb = await app.ApiAsync("spb-admin");
        (await spb.GetFromJsonAsync<JsonElement>($"/api/complaints?q={Uri.EscapeDataString(target)}")).GetProperty("total").GetInt32().ShouldBe(0);
        (await spb.GetFromJsonAsync<JsonElement>("/api/complaints?pageSize=200")).GetProperty("items").EnumerateArray()
            .ShouldAllBe(c => c.GetProperty("regionCode").GetString() == "500106");
        (await spb.GetAsync($"/api/complaints/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.GetAsync($"/api/complaints/{id}/reporter?reason=x")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.PostAsJsonAsync($"/api/complaints/{id}/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.PostAsJsonAsync($"/api/complaints/{id}/reply", new { reply = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var pages = await app.PagesAsync("spb-admin");
        (await pages.GetAsync($"/staff/complaints/{id}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pages.GetAsync("/staff/complaints")).Document.Body!.TextContent.ShouldNotContain(target);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == id && e.Action == "reveal-reporter"))).ShouldBe(0);
    }
}
