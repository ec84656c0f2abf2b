using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Complaints;

public sealed class HandlingTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_complaint_is_accepted_investigated_into_a_problem_replied_and_only_then_closed(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        var code = await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target));
        var staff = await app.ApiAsync("jlp-admin");
        var id = await ComplaintApi.IdOfAsync(staff, target);

        var received = await ComplaintApi.GetAsync(staff, id);
        received.GetProperty("acceptDeadline").GetString().ShouldBe("2026-12-08"); // 2026-11-23 + 15 days
        received.GetProperty("daysLeft").GetInt32().ShouldBe(15);

        (await staff.PostAsJsonAsync($"/api/complaints/{id}/investigations", Investigation())).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await staff.PostAsJsonAsync($"/api/complaints/{id}/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var accepted = await ComplaintApi.GetAsync(staff, id);
        accepted.GetProperty("handleDeadline").GetString().ShouldBe("2027-01-22"); // 60 days from acceptance

        var refused = await staff.PostAsJsonAsync($"/api/complaints/{id}/close", new { });
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ComplaintApi.ProblemAsync(refused)).GetProperty("detail").GetString()!.ShouldContain("调查核实情况和对举报人的答复");

        var investigation = await staff.PostAsJsonAsync($"/api/complaints/{id}/investigations", Investigation());
        investigation.StatusCode.ShouldBe(HttpStatusCode.Created);
        var problemId = (await investigation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problemIds")[0].GetString();
        var problem = await app.WithDbAsync(db => db.Set<Problem>().SingleAsync(p => p.Id == problemId));
        problem.Source.ShouldBe(ProblemSources.Complaint);
        problem.SourceId.ShouldBe(id);
        problem.TargetName.ShouldBe(target);

        (await staff.PostAsJsonAsync($"/api/complaints/{id}/close", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await staff.PostAsJsonAsync($"/api/complaints/{id}/reply", new { reply = "经查，举报情况属实，已责令停止培训并立案整改。" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.PostAsJsonAsync($"/api/complaints/{id}/close", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var lookup = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/public/complaints/{code}");
        lookup.GetProperty("status").GetString().ShouldBe("closed");
        lookup.GetProperty("reply").GetString().ShouldBe("经查，举报情况属实，已责令停止培训并立案整改。");
        (await ComplaintApi.GetAsync(staff, id)).GetProperty("daysLeft").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_handling_deadline_extends_once_by_at_most_the_configured_days_with_a_reason(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target));
        var staff = await app.ApiAsync("jlp-admin");
        var id = await ComplaintApi.IdOfAsync(staff, target);
        (await staff.PostAsJsonAsync($"/api/complaints/{id}/accept", new { })).EnsureSuccessStatusCode();

        var tooLong = await staff.PostAsJsonAsync($"/api/complaints/{id}/extend", new { days = 31, reason = "案情复杂" });
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ComplaintApi.ProblemAsync(tooLong)).GetProperty("errors").GetProperty("days")[0].GetString().ShouldBe("延长天数应为 1–30 天");
        var noReason = await staff.PostAsJsonAsync($"/api/complaints/{id}/extend", new { days = 10 });
        (await ComplaintApi.ProblemAsync(noReason)).GetProperty("errors").GetProperty("reason")[0].GetString().ShouldBe("请填写延期理由");

        (await staff.PostAsJsonAsync($"/api/complaints/{id}/extend", new { days = 30, reason = "需联合市场监管部门调查" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ComplaintApi.GetAsync(staff, id)).GetProperty("handleDeadline").GetString().ShouldBe("2027-02-21");
        var again = await staff.PostAsJsonAsync($"/api/complaints/{id}/extend", new { days = 5, reason = "再延期" });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ComplaintApi.ProblemAsync(again)).GetProperty("detail").GetString()!.ShouldContain("只能延长一次");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Countdowns_follow_the_fixed_clock_and_an_unaccepted_complaint_turns_overdue(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var target = ComplaintApi.UniqueTarget();
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target));
        var staff = await app.ApiAsync("jlp-admin");
        var id = await ComplaintApi.IdOfAsync(staff, target);
        (await staff.GetFromJsonAsync<JsonElement>("/api/complaints?overdue=true")).GetProperty("total").GetInt32().ShouldBe(0);

        app.Clock.Advance(TimeSpan.FromDays(16));
        staff = await app.ApiAsync("jlp-admin"); // the earlier token expired with the clock
        var item = (await staff.GetFromJsonAsync<JsonElement>("/api/complaints?overdue=true")).GetProperty("items").EnumerateArray().Single();
        item.GetProperty("id").GetString().ShouldBe(id);
        item.GetProperty("daysLeft").GetInt32().ShouldBe(-1);
        item.GetProperty("overdue").GetBoolean().ShouldBeTrue();

        var (_, queue) = await (await app.PagesAsync("jlp-admin")).GetAsync("/staff/complaints");
        queue.QuerySelector("[data-testid=countdown]")!.TextContent.ShouldBe("超期 1 天");
    }

    /// <summary>The ticked confirmation box of an irreversible step (ConfirmField).</summary>
    private static Dictionary<string, string> Confirmed => new() { ["confirmed"] = "true" };

    [Theory, ClassData(typeof(Databases))]
    public async Task Staff_handle_a_complaint_on_the_detail_page(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        var code = await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target));
        var id = await ComplaintApi.IdOfAsync(await app.ApiAsync("jlp-admin"), target);
        var pages = await app.PagesAsync("jlp-pxjg");
        var url = $"/staff/complaints/{id}";

        (await pages.SubmitAsync(url, "#accept-form", Confirmed)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = PageClient.Parse(await (await pages.SubmitAsync(url, "#close-form", Confirmed)).Content.ReadAsStringAsync());
        refused.Body!.TextContent.ShouldContain("不能办结");

        var bad = PageClient.Parse(await (await pages.SubmitAsync(url, "#investigation-form", new() { ["Investigation.Date"] = "2026-11-22" })).Content.ReadAsStringAsync());
        bad.Body!.TextContent.ShouldContain("请填写调查核实情况");
        (await pages.SubmitAsync(url, "#investigation-form", new()
        {
            ["Investigation.Date"] = "2026-11-22", ["Investigation.Method"] = "unannounced", ["Investigation.Verdict"] = "substantiated",
            ["Investigation.Findings"] = "暗访发现该场所正在开展初中数学培训。", ["Investigation.ProblemDescription"] = "无证开展学科类培训", ["Investigation.ProblemSeverity"] = "high",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await pages.SubmitAsync(url, "#reply-form", new() { ["ReplyText.Text"] = "已查实并依法处理。" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await pages.SubmitAsync(url, "#close-form", Confirmed)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (_, page) = await pages.GetAsync(url);
        page.QuerySelector("[data-testid=status]")!.TextContent.ShouldContain("已办结");
        page.QuerySelector("[data-testid=reply]")!.TextContent.ShouldBe("已查实并依法处理。");
        (await app.WithDbAsync(db => db.Set<Problem>().CountAsync(p => p.SourceId == id && p.Severity == "high"))).ShouldBe(1);
        (await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/public/complaints/{code}")).GetProperty("status").GetString().ShouldBe("closed");
    }

    private static object Investigation() => new
    {
        date = "2026-11-22", method = "visit", verdict = "substantiated", findings = "实地核查：该点周末开展初中数学培训，约二十名学生。",
        problems = new[] { new { description = "违规开展学科类培训", severity = "medium" } },
    };
}
