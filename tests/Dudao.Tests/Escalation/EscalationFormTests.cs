using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Dudao.Tests.Complaints;
using Dudao.Tests.Rectification;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Escalation;

/// <summary>The escalation form: level first, target found by name in scope, its open problems and complaints linked, a detail without empty fields.</summary>
public sealed class EscalationFormTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Without_script_the_office_chooses_level_and_target_first_and_then_sees_only_that_levels_fields(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.PagesAsync("jlp-admin");
        var (_, start) = await office.GetAsync("/staff/escalations/new");
        start.QuerySelector("#escalation-start").ShouldNotBeNull();
        start.QuerySelector("#escalation-form").ShouldBeNull("the form follows the choice of level and target");

        var schoolName = await SchoolNameAsync(app, await Problems.UnitIdAsync(app, "jlp-school"));
        var (_, results) = await office.GetAsync($"/staff/escalations/new?level=interview&kind=school&q={Uri.EscapeDataString(schoolName[^4..])}");
        var pick = results.QuerySelectorAll("#target-results a").Single(a => a.TextContent == schoolName);
        var (_, form) = await office.GetAsync(pick.GetAttribute("href")!);
        form.QuerySelector("#escalation-target")!.TextContent.ShouldContain(schoolName);
        form.QuerySelector("fieldset[data-level='interview']")!.HasAttribute("hidden").ShouldBeFalse();
        foreach (var other in new[] { "notice commendation", "listed", "accountability", "exposure" })
            form.QuerySelector($"fieldset[data-level='{other}']")!.HasAttribute("hidden").ShouldBeTrue(other);
        form.QuerySelector("select[data-level-select]")!.GetAttribute("name").ShouldBe("Input.Level");

        var (badStep, _) = await office.GetAsync("/staff/escalations/new?level=warning&kind=school");
        badStep.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_targets_open_problems_and_complaints_are_offered_linked_and_shown_on_a_detail_without_empty_fields(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var api = await app.ApiAsync("jlp-admin");
        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");
        var schoolName = await SchoolNameAsync(app, schoolId);
        var problem = (await Problems.CreateAsync(api, schoolId, Problems.Unique("课后服务违规收费"))).Id();
        var content = $"学校课后服务按月收取费用，家长反映强烈。{Guid.NewGuid():N}";
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(schoolName, targetKind: "school", category: "违规收费", content: content));
        var complaint = await app.WithDbAsync(db => db.Set<Dudao.Modules.Complaints.Domain.Complaint>().IgnoreQueryFilters()
            .Where(c => c.Content == content).Select(c => new { c.Id, c.MatchedId }).SingleAsync());
        complaint.MatchedId.ShouldBe(schoolId, "the report names the registered school");

        var office = await app.PagesAsync("jlp-admin");
        var url = $"/staff/escalations/new?level=listed&kind=school&target={schoolId}";
        var (_, form) = await office.GetAsync(url);
        form.QuerySelector($"#linked-problems input[value='{problem}']").ShouldNotBeNull();
        form.QuerySelector($"#linked-complaints input[value='{complaint.Id}']").ShouldNotBeNull();

        var reason = Problems.Unique("多次举报课后服务收费");
        var unconfirmed = await office.SubmitAsync(url, "#escalation-form", Values(reason, problem, complaint.Id));
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "保存 sends the escalation: it asks for confirmation first");
        var saved = await office.SubmitAsync(url, "#escalation-form", new(Values(reason, problem, complaint.Id)) { ["confirmed"] = "true" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());

        var record = (await api.GetFromJsonAsync<JsonElement>($"/api/escalations?targetId={schoolId}&pageSize=200")).GetProperty("items").EnumerateArray()
            .Single(e => e.GetProperty("reason").GetString() == reason);
        record.GetProperty("problemIds").EnumerateArray().Select(p => p.GetString()).ShouldBe([problem]);
        record.GetProperty("complaintIds").EnumerateArray().Select(p => p.GetString()).ShouldBe([complaint.Id]);
        record.GetProperty("interviewPlace").ValueKind.ShouldBe(JsonValueKind.Null, "a posted field of another level is not kept");

        var (_, detail) = await office.GetAsync($"/staff/escalations/{record.GetProperty("id").GetString()}");
        var summary = detail.QuerySelector("#escalation-summary")!.TextContent;
        summary.ShouldContain("督办要求");
        summary.ShouldNotContain("约谈地点");
        summary.ShouldNotContain("通报形式");
        summary.ShouldNotContain("问责方式");
        detail.QuerySelector($"#escalation-complaints a[href='/staff/complaints/{complaint.Id}']").ShouldNotBeNull();

        // Through the API a complaint about another target is refused by field.
        var otherTarget = ComplaintApi.UniqueTarget();
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(otherTarget));
        var otherId = await ComplaintApi.IdOfAsync(api, otherTarget);
        var refused = await api.PostAsJsonAsync("/api/escalations", new
        {
            targetKind = "school", targetId = schoolId, level = "notice", noticeForm = "书面", reason, problemIds = Array.Empty<string>(), complaintIds = new[] { otherId },
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ComplaintApi.ProblemAsync(refused)).GetProperty("errors").GetProperty("complaintIds")[0].GetString()!.ShouldContain("不是针对该对象的");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Another_county_finds_none_of_a_countys_targets_and_cannot_open_their_form_or_items(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");
        var schoolName = await SchoolNameAsync(app, schoolId);
        var (jlp, spb) = (await app.ApiAsync("jlp-admin"), await app.ApiAsync("spb-admin"));

        (await jlp.GetFromJsonAsync<JsonElement>($"/api/escalations/targets?kind=school&q={Uri.EscapeDataString(schoolName)}")).EnumerateArray()
            .ShouldContain(t => t.GetProperty("id").GetString() == schoolId);
        (await spb.GetFromJsonAsync<JsonElement>($"/api/escalations/targets?kind=school&q={Uri.EscapeDataString(schoolName)}")).GetArrayLength().ShouldBe(0);
        var regions = await spb.GetFromJsonAsync<JsonElement>("/api/escalations/targets?kind=region&q=谢家湾");
        regions.GetArrayLength().ShouldBe(0, "a township of 九龙坡区 is not 沙坪坝区's to name");
        (await jlp.GetFromJsonAsync<JsonElement>($"/api/escalations/open-items?targetKind=school&targetId={schoolId}")).GetProperty("problems").ValueKind
            .ShouldBe(JsonValueKind.Array);
        var items = await spb.GetAsync($"/api/escalations/open-items?targetKind=school&targetId={schoolId}");
        items.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await items.Content.ReadAsStringAsync()).ShouldNotContain(schoolName);

        var (response, page) = await (await app.PagesAsync("spb-admin")).GetAsync($"/staff/escalations/new?level=notice&kind=school&target={schoolId}");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page.Body!.TextContent.ShouldNotContain(schoolName);
        page.QuerySelector("#linked-problems").ShouldBeNull();
        var (_, results) = await (await app.PagesAsync("spb-admin")).GetAsync($"/staff/escalations/new?level=notice&kind=school&q={Uri.EscapeDataString(schoolName)}");
        results.QuerySelector("#target-results")!.TextContent.ShouldNotContain(schoolId);
        results.QuerySelectorAll("#target-results a").Length.ShouldBe(0);
    }

    private static Dictionary<string, string> Values(string reason, string problem, string complaint) => new()
    {
        ["Input.Reason"] = reason, ["Input.Requirement"] = "两周内清退违规收取的费用", ["Input.Deadline"] = "2026-12-10",
        ["Input.InterviewPlace"] = "不应保存", ["Input.ProblemIds"] = problem, ["Input.ComplaintIds"] = complaint,
    };

    private static Task<string> SchoolNameAsync(TestApp app, string id) =>
        app.WithDbAsync(db => db.Set<School>().IgnoreQueryFilters().Where(s => s.Id == id).Select(s => s.Name).SingleAsync());
}
