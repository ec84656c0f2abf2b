using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Host;

public sealed class DateRangeTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Statistics_and_logs_refuse_dates_outside_2000_to_2099_and_reversed_ranges(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("admin");
        foreach (var route in new[] { "/api/complaints/stats", "/api/audit", "/api/logins" })
        {
            var response = await admin.GetAsync($"{route}?from=0001-01-01&to=9999-12-31");
            (await Refusals.FieldAsync(response, HttpStatusCode.BadRequest, "from"))[0].ShouldContain("2000-01-01");
            await Refusals.FieldAsync(await admin.GetAsync($"{route}?from=0001-01-01&to=9999-12-31"), HttpStatusCode.BadRequest, "to");
            (await Refusals.FieldAsync(await admin.GetAsync($"{route}?from=2026-11-30&to=2026-11-01"), HttpStatusCode.BadRequest, "to"))[0].ShouldContain("不能早于");
            (await admin.GetAsync($"{route}?from=2026-11-01&to=2026-11-30")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var pages = await app.PagesAsync("admin");
        foreach (var page in new[] { "/staff/complaints/stats", "/staff/audit", "/staff/logins" })
        {
            var (response, doc) = await pages.GetAsync($"{page}?from=0001-01-01&to=9999-12-31");
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, page);
            doc.Body!.TextContent.ShouldContain("日期应在 2000-01-01 至 2099-12-31 之间", Case.Sensitive, page);
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Holiday_years_and_dates_outside_the_range_are_refused(DatabaseKind kind)
    {
        var admin = await TestApp.For(kind).ApiAsync("admin");
        foreach (var year in new[] { "-1", "0", "1999", "2100", "99999" })
            await Refusals.FieldAsync(await admin.GetAsync($"/api/admin/holidays?year={year}"), HttpStatusCode.BadRequest, "year");
        (await admin.GetAsync("/api/admin/holidays?year=2026")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Refusals.FieldAsync(await admin.PutAsJsonAsync("/api/admin/holidays", new { date = "9999-12-31", name = "测试", isWorkday = false }),
            HttpStatusCode.BadRequest, "date");
        await Refusals.FieldAsync(await admin.GetAsync("/api/coverage/heatmap?regionCode=500107&year=99999"), HttpStatusCode.BadRequest, "year");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_self_assessment_round_due_in_9999_is_refused_and_not_saved(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var name = $"远期自评-{Guid.NewGuid():N}";
        var refused = await office.PostAsJsonAsync("/api/self-assessment-rounds", new { name, targetKind = "school", deadline = "9999-12-31" });
        (await Refusals.FieldAsync(refused, HttpStatusCode.BadRequest, "deadline"))[0].ShouldContain("2099-12-31");

        var pages = await app.PagesAsync("jlp-admin");
        var page = await pages.SubmitAsync("/staff/self-assessments/rounds/new", "#round-form",
            new() { ["Input.Name"] = name, ["Input.TargetKind"] = "school", ["Input.Deadline"] = "9999-12-31" });
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await page.Content.ReadAsStringAsync()).ShouldContain("日期应在 2000-01-01 至 2099-12-31 之间");

        (await office.GetFromJsonAsync<JsonElement>("/api/self-assessment-rounds")).EnumerateArray()
            .ShouldNotContain(r => r.GetProperty("name").GetString() == name);
        (await pages.GetAsync("/staff/self-assessments")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Input_dates_outside_the_range_are_refused_naming_the_field(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var inspector = await app.ApiAsync("jlp-duxue");
        var schoolId = (await Inspections.InspectionApi.AssignedSchoolsAsync(inspector))[0];

        await Refusals.FieldAsync(await inspector.PostAsJsonAsync("/api/visits", Inspections.InspectionApi.Visit(schoolId, "2026-11-20",
            findings: [new { text = "作业公示不全", severity = "low", deadline = "9999-12-31" }])), HttpStatusCode.BadRequest, "findings[0].deadline");
        await Refusals.FieldAsync(await office.PostAsJsonAsync("/api/problems", new
        {
            targetKind = "school", targetId = schoolId, source = "manual", category = "作业管理", severity = "low", description = "远期整改", deadline = "9999-12-31",
        }), HttpStatusCode.BadRequest, "deadline");
        await Refusals.FieldAsync(await office.PostAsJsonAsync("/api/special-inspections", new
        {
            name = "远期专项", targetKind = "school", startsOn = "2026-12-01", endsOn = "9999-12-31",
        }), HttpStatusCode.BadRequest, "endsOn");
        await Refusals.FieldAsync(await office.PostAsJsonAsync("/api/escalations", new
        {
            targetKind = "school", targetId = schoolId, level = "notice", reason = "远期", noticeForm = "书面", decidedOn = "0001-01-01",
        }), HttpStatusCode.BadRequest, "decidedOn");
    }
}
