using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Data.Audit;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Platform.Notices;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Complaints;

/// <summary>不予受理 with a reason the reporter reads, and 转办 within a county or to another county's office.</summary>
public sealed class RejectAndTransferTests
{
    private static Dictionary<string, string> Confirmed => new() { ["confirmed"] = "true" };

    [Theory, ClassData(typeof(Databases))]
    public async Task A_received_complaint_is_refused_with_a_reason_the_reporter_reads_by_its_handler_only(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        var code = await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target)); // → 校外培训监管科
        var (routed, other) = (await app.ApiAsync("jlp-pxjg"), await app.ApiAsync("jlp-jjk"));
        var id = await ComplaintApi.IdOfAsync(routed, target);
        var reason = new { reason = "所反映事项属市场监管部门职责，请向12315反映。" };

        (await (await app.ApiAsync("spb-admin")).PostAsJsonAsync($"/api/complaints/{id}/reject", reason)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"/api/complaints/{id}/reject", reason)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var empty = await routed.PostAsJsonAsync($"/api/complaints/{id}/reject", new { reason = " " });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ComplaintApi.ProblemAsync(empty)).GetProperty("errors").GetProperty("reason")[0].GetString()!.ShouldContain("不予受理的理由");
        var tooLong = await routed.PostAsJsonAsync($"/api/complaints/{id}/reject", new { reason = new string('长', 501) });
        (await ComplaintApi.ProblemAsync(tooLong)).GetProperty("errors").GetProperty("reason")[0].GetString()!.ShouldContain("不能超过");

        (await routed.PostAsJsonAsync($"/api/complaints/{id}/reject", reason)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var detail = await ComplaintApi.GetAsync(routed, id);
        detail.GetProperty("status").GetString().ShouldBe("rejected");
        detail.GetProperty("rejectionReason").GetString().ShouldBe(reason.reason);
        detail.GetProperty("deadline").ValueKind.ShouldBe(JsonValueKind.Null, "nothing runs once it is refused");
        var lookup = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/public/complaints/{code}");
        lookup.GetProperty("status").GetString().ShouldBe("rejected");
        lookup.GetProperty("reply").GetString().ShouldBe(reason.reason, "the reason not to accept is the reporter's reply");

        (await routed.PostAsJsonAsync($"/api/complaints/{id}/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await routed.PostAsJsonAsync($"/api/complaints/{id}/reject", reason)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await app.WithDbAsync(db => db.Set<AuditEntry>().IgnoreQueryFilters()
            .CountAsync(a => a.EntityType == nameof(Complaint) && a.EntityId == id && a.UserName == "jlp-pxjg" && a.Changes!.Contains("rejected")))).ShouldBe(1);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Refusing_on_the_page_asks_for_confirmation_and_the_lookup_page_shows_the_reason(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        var code = await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target));
        var pages = await app.PagesAsync("jlp-pxjg");
        var url = $"/staff/complaints/{await ComplaintApi.IdOfAsync(await app.ApiAsync("jlp-pxjg"), target)}";

        var (_, page) = await pages.GetAsync(url);
        foreach (var form in new[] { "#accept-form", "#reject-form" })
        {
            page.QuerySelector(form)!.GetAttribute("data-confirm").ShouldNotBeNullOrEmpty();
            page.QuerySelector($"{form} input[type=checkbox][name=confirmed][required]").ShouldNotBeNull("without script the box must be ticked");
        }

        var unconfirmed = await pages.SubmitAsync(url, "#reject-form", new() { ["Rejection.Text"] = "重复举报，已于上月答复。" });
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refusedPage = PageClient.Parse(await unconfirmed.Content.ReadAsStringAsync());
        refusedPage.QuerySelector("#reject-form .field-error")!.TextContent.ShouldContain("请勾选确认");
        refusedPage.QuerySelector("[data-testid=status]")!.TextContent.ShouldContain("待受理");

        (await pages.SubmitAsync(url, "#reject-form", new(Confirmed) { ["Rejection.Text"] = "重复举报，已于上月答复。" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, after) = await pages.GetAsync(url);
        after.QuerySelector("[data-testid=status]")!.TextContent.ShouldContain("不予受理");
        after.QuerySelector("[data-testid=rejection]")!.TextContent.ShouldContain("重复举报，已于上月答复。");
        after.QuerySelector("#accept-form").ShouldBeNull();

        var lookup = PageClient.Parse(await (await new PageClient(app.CreateClient()).SubmitAsync("/complaints/lookup", "#lookup-form", new() { ["Code"] = code }))
            .Content.ReadAsStringAsync());
        lookup.QuerySelector("[data-testid=lookup-status]")!.TextContent.ShouldBe("不予受理");
        lookup.QuerySelector("[data-testid=lookup-rejection]")!.TextContent.ShouldBe("重复举报，已于上月答复。");
        lookup.QuerySelector("[data-testid=lookup-timeline]")!.TextContent.ShouldNotContain("已办结");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_office_transfers_a_received_complaint_to_another_county_which_then_handles_it_while_the_sender_keeps_a_trace(DatabaseKind kind)
    {
        // Its own app: the clock moves on between the report and the transfer.
        using var app = TestApp.Start(kind);
        var target = ComplaintApi.UniqueTarget();
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target, reporter: new { name = "李家长", phone = "13800000000" }));
        app.Clock.Advance(TimeSpan.FromDays(3));
        var (jlp, spb, jlpDepartment) = (await app.ApiAsync("jlp-admin"), await app.ApiAsync("spb-admin"), await app.ApiAsync("jlp-pxjg"));
        var id = await ComplaintApi.IdOfAsync(jlp, target);
        var move = new { regionCode = "500106", reason = "被举报培训点实际位于沙坪坝区。" };

        (await spb.PostAsJsonAsync($"/api/complaints/{id}/transfer", move)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "not the sender's to give");
        (await jlpDepartment.PostAsJsonAsync($"/api/complaints/{id}/transfer", move)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var noReason = await jlp.PostAsJsonAsync($"/api/complaints/{id}/transfer", new { regionCode = "500106" });
        (await ComplaintApi.ProblemAsync(noReason)).GetProperty("errors").GetProperty("reason")[0].GetString()!.ShouldContain("转办理由");
        var notCounty = await jlp.PostAsJsonAsync($"/api/complaints/{id}/transfer", new { regionCode = "500000", move.reason });
        notCounty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ComplaintApi.ProblemAsync(notCounty)).GetProperty("errors").GetProperty("regionCode")[0].GetString()!.ShouldContain("不是区县级代码");

        (await jlp.PostAsJsonAsync($"/api/complaints/{id}/transfer", move)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        // The receiving office sees it, routed by its own table, with 15 days from the day it arrived.
        (await jlp.GetAsync($"/api/complaints/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var there = await ComplaintApi.GetAsync(spb, id);
        there.GetProperty("regionCode").GetString().ShouldBe("500106");
        there.GetProperty("department").GetString().ShouldBe("校外培训监管科");
        there.GetProperty("acceptDeadline").GetString().ShouldBe("2026-12-11");
        (await spb.GetAsync($"/api/complaints/{id}/reporter?reason=核实举报人联系方式")).StatusCode.ShouldBe(HttpStatusCode.OK, "the sealed identity follows the complaint");
        (await app.WithDbAsync(db => db.Set<Notice>().IgnoreQueryFilters()
            .CountAsync(n => n.RegionCode == "500106" && n.Title == $"转办举报：{target}" && n.Link == $"/staff/complaints/{id}"))).ShouldBe(1);
        (await (await app.ApiAsync("spb-pxjg")).PostAsJsonAsync($"/api/complaints/{id}/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await jlp.PostAsJsonAsync($"/api/complaints/{id}/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The sender keeps a read-only trace with the status now; the receiver sees where it came from.
        var trace = (await jlp.GetFromJsonAsync<JsonElement>("/api/complaints/transfers?pageSize=200")).GetProperty("items").EnumerateArray()
            .Single(t => t.GetProperty("complaintId").GetString() == id);
        trace.GetProperty("targetName").GetString().ShouldBe(target);
        trace.GetProperty("toRegionCode").GetString().ShouldBe("500106");
        trace.GetProperty("reason").GetString().ShouldBe(move.reason);
        trace.GetProperty("status").GetString().ShouldBe("accepted");
        (await spb.GetFromJsonAsync<JsonElement>("/api/complaints/transfers?pageSize=200")).GetProperty("items").EnumerateArray()
            .ShouldNotContain(t => t.GetProperty("complaintId").GetString() == id, "a trace belongs to the county that gave it away");
        var history = await spb.GetFromJsonAsync<JsonElement>($"/api/complaints/{id}/transfers");
        history.GetArrayLength().ShouldBe(1);
        history[0].GetProperty("fromRegionCode").GetString().ShouldBe("500107");
        (await jlp.GetAsync($"/api/complaints/{id}/transfers")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Once accepted it stays in its county: only a local department can take it over.
        var back = await spb.PostAsJsonAsync($"/api/complaints/{id}/transfer", new { regionCode = "500107", move.reason });
        back.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await app.WithDbAsync(db => db.Set<AuditEntry>().IgnoreQueryFilters()
            .CountAsync(a => a.EntityType == nameof(ComplaintTransfer) && a.UserName == "jlp-admin" && a.Changes!.Contains(id)))).ShouldBe(1);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task On_the_page_the_office_confirms_a_transfer_to_another_county_and_finds_it_in_its_trace(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target));
        var office = await app.PagesAsync("jlp-admin");
        var url = $"/staff/complaints/{await ComplaintApi.IdOfAsync(await app.ApiAsync("jlp-admin"), target)}";
        var values = new Dictionary<string, string> { ["CountyTransfer.RegionCode"] = "500106", ["CountyTransfer.Reason"] = "培训点位于沙坪坝区" };

        (await office.SubmitAsync(url, "#county-transfer-form", values)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await office.GetAsync(url)).Response.StatusCode.ShouldBe(HttpStatusCode.OK, "an unconfirmed post moves nothing");
        var moved = await office.SubmitAsync(url, "#county-transfer-form", new(values) { ["confirmed"] = "true" });
        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        moved.Headers.Location!.ToString().ShouldEndWith("/staff/complaints/transfers?done=true");

        (await office.GetAsync(url)).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (_, trace) = await office.GetAsync("/staff/complaints/transfers");
        var row = trace.QuerySelectorAll("#transfer-trace tbody tr").Single(r => r.TextContent.Contains(target, StringComparison.Ordinal));
        row.TextContent.ShouldContain("沙坪坝区");
        row.TextContent.ShouldContain("待受理");
        var (_, received) = await (await app.PagesAsync("spb-admin")).GetAsync(url);
        received.QuerySelector("#transfers")!.TextContent.ShouldContain("培训点位于沙坪坝区");
    }
}
