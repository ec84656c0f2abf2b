using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Inspections;

public sealed class SelfAssessmentTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_comparison_flags_exactly_the_items_where_self_and_inspector_scores_differ(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var school = await app.ApiAsync("jlp-school");
        var schoolId = (await school.GetFromJsonAsync<JsonElement>("/api/schools")).GetProperty("items")[0].GetProperty("id").GetString()!;

        var opened = await office.PostAsJsonAsync("/api/self-assessment-rounds", new { name = "2026年秋季双减自评", targetKind = "school", deadline = "2026-11-30", targetIds = new[] { schoolId } });
        opened.StatusCode.ShouldBe(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var round = await opened.Content.ReadFromJsonAsync<JsonElement>();
        round.GetProperty("targets").GetInt32().ShouldBe(1);
        var selfId = round.GetProperty("items")[0].GetProperty("id").GetString();

        var all = ChecklistTargets.SchoolItems.Select(c => new { code = c, value = c == "C10" ? "0/50/80" : c == "C23" ? "na" : "yes", note = $"佐证{c}" }).ToList();
        var incomplete = await school.PutAsJsonAsync($"/api/self-assessments/{selfId}", new { results = all.Take(30), submit = true });
        incomplete.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await office.PutAsJsonAsync($"/api/self-assessments/{selfId}", new { results = all, submit = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var submitted = await school.PutAsJsonAsync($"/api/self-assessments/{selfId}", new { results = all, submit = true });
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        (await office.GetFromJsonAsync<JsonElement>($"/api/self-assessment-rounds/{round.GetProperty("id").GetString()}")).GetProperty("submitted").GetInt32().ShouldBe(1);

        var inspector = await app.ApiAsync("jlp-duxue");
        var visit = await inspector.PostAsJsonAsync("/api/visits", InspectionApi.Visit(schoolId, "2026-11-23", results:
        [
            new { code = "C1", value = "yes", note = "" },
            new { code = "C8", value = "no", note = "未公示" },
            new { code = "C10", value = "0/70/80", note = "五年级超时" },
            new { code = "C21", value = "no", note = "" },
            new { code = "C22", value = "yes", note = "" },
        ]));
        visit.StatusCode.ShouldBe(HttpStatusCode.Created);

        var comparison = await office.GetFromJsonAsync<JsonElement>($"/api/self-assessments/{selfId}/comparison");
        var items = comparison.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(ChecklistTargets.SchoolItems.Count);
        items.Where(i => i.GetProperty("differs").GetBoolean()).Select(i => i.GetProperty("code").GetString()).ShouldBe(["C8", "C10", "C21"]);
        items.Where(i => i.GetProperty("flagged").GetBoolean()).Select(i => i.GetProperty("code").GetString()).ShouldBe(["C8", "C10", "C21"]);
        comparison.GetProperty("flagged").GetInt32().ShouldBe(3);

        var pages = await app.PagesAsync("jlp-admin");
        var (page, doc) = await pages.GetAsync($"/staff/self-assessments/{selfId}/comparison");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelectorAll("#comparison tr[data-flagged=true]").Select(r => r.GetAttribute("data-code")).ShouldBe(["C8", "C10", "C21"]);

        (await school.GetFromJsonAsync<JsonElement>("/api/self-assessments")).EnumerateArray()
            .ShouldAllBe(s => s.GetProperty("targetId").GetString() == schoolId, "a school lists only its own self-assessments");
        var spb = await app.ApiAsync("spb-admin");
        (await spb.GetAsync($"/api/self-assessments/{selfId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.GetAsync($"/api/self-assessments/{selfId}/comparison")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.GetAsync($"/api/self-assessment-rounds/{round.GetProperty("id").GetString()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.PagesAsync("spb-admin")).GetAsync($"/staff/self-assessments/{selfId}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_school_fills_its_self_assessment_on_the_page_and_the_office_follows_completion(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.PagesAsync("jlp-admin");
        var opened = await office.SubmitAsync("/staff/self-assessments/rounds/new", "#round-form", new()
        {
            ["Input.Name"] = $"作业管理专项自查-{kind}", ["Input.TargetKind"] = "school", ["Input.Deadline"] = "2026-12-10",
        });
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect, await opened.Content.ReadAsStringAsync());
        var roundUrl = opened.Headers.Location!.PathAndQuery;
        var (_, roundDoc) = await office.GetAsync(roundUrl);
        roundDoc.QuerySelectorAll("#round-items tbody tr").Length.ShouldBeGreaterThan(10);

        var school = await app.PagesAsync("jlp-school");
        var (_, mine) = await school.GetAsync("/staff/self-assessments");
        var link = mine.QuerySelectorAll("#my-self-assessments a").Single(a => a.TextContent.Contains($"作业管理专项自查-{kind}", StringComparison.Ordinal)).GetAttribute("href")!;
        var saved = await school.SubmitAsync(link, "#self-form", new() { ["Input.Results[0].Value"] = "yes", ["Input.Results[0].Note"] = "会议纪要", ["Input.Submit"] = "false" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var refused = await school.SubmitAsync(link, "#self-form", new() { ["Input.Submit"] = "true" });
        (await refused.Content.ReadAsStringAsync()).ShouldContain("提交前请填写全部指标");
    }
}
