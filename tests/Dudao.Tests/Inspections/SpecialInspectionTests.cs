using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Inspections;

public sealed class SpecialInspectionTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task An_office_plans_a_special_inspection_and_follows_its_visits_to_completion_and_a_report(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var duxue = await app.ApiAsync("jlp-duxue");
        var assigned = await InspectionApi.AssignedSchoolsAsync(duxue);
        var schools = (await InspectionApi.SchoolsAsync(office, "500107")).Where(s => !assigned.Contains(s.Id)).Skip(2).Take(3).ToList();
        var inspectorId = await app.WithDbAsync(db => db.Set<Dudao.Modules.Accounts.Domain.User>().IgnoreQueryFilters()
            .Where(u => u.UserName == "jlp-duxue").Select(u => u.OrgRefId!).SingleAsync());

        var planned = await office.PostAsJsonAsync("/api/special-inspections", new
        {
            name = $"课后服务专项督导-{kind}", targetKind = "school", targetIds = schools.Take(2).Select(s => s.Id), inspectorIds = new[] { inspectorId },
            startsOn = "2026-11-02", endsOn = "2026-11-30",
        });
        planned.StatusCode.ShouldBe(HttpStatusCode.Created, await planned.Content.ReadAsStringAsync());
        var id = (await planned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        object Special(string schoolId, string date) => new
        {
            targetKind = "school", targetId = schoolId, date, kind = "special", specialInspectionId = id, methods = new[] { "briefing" },
            results = Array.Empty<object>(), summary = "听取课后服务工作汇报。", highlights = "社团活动丰富。",
            findings = new[] { new { text = $"课后服务经费未单独核算-{schoolId[..6]}", severity = "medium", indicatorCode = "C53" } },
        };
        // Not assigned to these schools, but on the team: special visits are allowed; a school outside the plan is not.
        (await duxue.PostAsJsonAsync("/api/visits", Special(schools[0].Id, "2026-11-05"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await duxue.PostAsJsonAsync("/api/visits", Special(schools[2].Id, "2026-11-05"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var progress = await office.GetFromJsonAsync<JsonElement>($"/api/special-inspections/{id}");
        progress.GetProperty("visited").GetInt32().ShouldBe(1);
        progress.GetProperty("completed").GetBoolean().ShouldBeFalse();

        (await duxue.PostAsJsonAsync("/api/visits", Special(schools[1].Id, "2026-11-06"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var done = await office.GetFromJsonAsync<JsonElement>($"/api/special-inspections/{id}");
        done.GetProperty("completed").GetBoolean().ShouldBeTrue();
        done.GetProperty("targets").EnumerateArray().ShouldAllBe(t => t.GetProperty("problems").GetInt32() == 1);

        var report = ReportTests.Text(await office.GetByteArrayAsync($"/api/special-inspections/{id}/report"));
        report.ShouldContain("已完成 2 个，发现问题 2 个");
        report.ShouldContain(schools[0].Name);
        report.ShouldContain("社团活动丰富");
        report.ShouldContain("督导组组长（签字）");
        Documents.ShouldBeIssued(report);
        report.ShouldNotContain("专项督导专项督导");

        var pages = await app.PagesAsync("jlp-admin");
        var (page, doc) = await pages.GetAsync($"/staff/special-inspections/{id}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelector("#special-progress")!.TextContent.ShouldContain("已全部完成");
        (await pages.GetAsync($"/staff/special-inspections/{id}/print")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);

        var spb = await app.ApiAsync("spb-admin");
        (await spb.GetAsync($"/api/special-inspections/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.GetAsync($"/api/special-inspections/{id}/report")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.GetFromJsonAsync<JsonElement>("/api/special-inspections")).EnumerateArray().ShouldNotContain(s => s.GetProperty("id").GetString() == id);
        (await (await app.PagesAsync("spb-admin")).GetAsync($"/staff/special-inspections/{id}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var refused = await spb.PostAsJsonAsync("/api/special-inspections", new
        {
            name = "越权", targetKind = "school", targetIds = new[] { schools[2].Id }, inspectorIds = new[] { inspectorId }, startsOn = "2026-11-02", endsOn = "2026-11-30",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_office_plans_a_special_inspection_on_the_page(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = await app.PagesAsync("spb-admin");
        var (_, form) = await pages.GetAsync("/staff/special-inspections/new");
        var school = form.QuerySelector("input[name='Input.TargetIds']")!.GetAttribute("value")!;
        var inspector = form.QuerySelector("input[name='Input.InspectorIds']")!.GetAttribute("value")!;
        var saved = await pages.SubmitAsync("/staff/special-inspections/new", "#special-form", new()
        {
            ["Input.Name"] = "作业管理专项督导", ["Input.StartsOn"] = "2026-11-10", ["Input.EndsOn"] = "2026-11-20",
            ["Input.TargetIds"] = school, ["Input.InspectorIds"] = inspector,
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var refused = await pages.SubmitAsync("/staff/special-inspections/new", "#special-form", new() { ["Input.Name"] = "" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("请至少选择一名督学");
    }
}
