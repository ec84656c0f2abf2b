using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Rectification.Domain;
using Dudao.Tests.Inspections;
using Microsoft.EntityFrameworkCore;
using static Dudao.Tests.Campaigns.DrawApi;

namespace Dudao.Tests.Campaigns;

public sealed class CampaignTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_campaign_window_counts_visited_not_yet_and_problems_and_reports_at_its_end(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var inspector = await app.WithDbAsync(db => db.Set<Inspector>().Where(i => i.RegionCode == "500107").OrderBy(i => i.Name).Select(i => i.Id).FirstAsync());
        var zoneSchools = await app.WithDbAsync(db => db.Set<School>().Where(s => s.RegionCode == "500107" && s.Zone == "第二责任区").Select(s => s.Id).ToListAsync());

        await ShouldRefuseAsync(await office.PostAsJsonAsync("/api/campaigns", new { name = "集中督导", kind = "quarterly", targetKind = "school", startsOn = "2025-05-20", endsOn = "2025-05-10", inspectorIds = new[] { inspector } }),
            "endsOn", "不能早于");
        await ShouldRefuseAsync(await office.PostAsJsonAsync("/api/campaigns", new { name = "集中督导", kind = "weekly", targetKind = "school", startsOn = "2025-05-10", endsOn = "2025-05-20", inspectorIds = new[] { inspector } }),
            "kind", "quarterly");
        var response = await office.PostAsJsonAsync("/api/campaigns", new
        {
            name = "2025年第二季度集中督导", kind = "quarterly", targetKind = "school", startsOn = "2025-05-10", endsOn = "2025-05-20",
            targetFilter = new { zone = "第二责任区" }, inspectorIds = new[] { inspector },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        // One school visited inside the window with a problem found, one visited the day after it closed (not counted).
        var (visited, late) = (zoneSchools[0], zoneSchools[1]);
        await app.WithDbAsync(async db =>
        {
            var inside = Visit(visited, new DateOnly(2025, 5, 12));
            db.AddRange(inside, Visit(late, new DateOnly(2025, 5, 21)));
            db.Add(new Problem
            {
                RegionCode = "500107", TargetKind = "school", TargetId = visited, TargetName = "某校", Source = ProblemSources.Inspection, SourceId = inside.Id,
                Category = "作业管理", Description = "作业公示不全", ResponsibleKind = "school", ResponsibleId = visited, Deadline = new DateOnly(2025, 6, 12),
                CreatedAt = new DateTime(2025, 5, 12, 3, 0, 0, DateTimeKind.Utc), CreatedBy = "jlp-admin",
            });
            return await db.SaveChangesAsync();
        });

        var detail = await office.GetFromJsonAsync<JsonElement>($"/api/campaigns/{id}");
        detail.GetProperty("targets").GetArrayLength().ShouldBe(zoneSchools.Count);
        (detail.GetProperty("visited").GetInt32(), detail.GetProperty("notYet").GetInt32(), detail.GetProperty("problems").GetInt32())
            .ShouldBe((1, zoneSchools.Count - 1, 1));
        detail.GetProperty("ended").GetBoolean().ShouldBeTrue();

        var report = await office.GetAsync($"/api/campaigns/{id}/report");
        report.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = ReportTests.Text(await report.Content.ReadAsByteArrayAsync());
        Documents.ShouldBeIssued(text);
        text.ShouldContain("关于2025年第二季度集中督导情况的报告");
        text.ShouldContain("作业公示不全");
        text.ShouldContain("督导组组长（签字）");

        var pages = await app.PagesAsync("jlp-admin");
        var (pageResponse, page) = await pages.GetAsync($"/staff/campaigns/windows/{id}");
        pageResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("[data-figure=visited]")!.TextContent.ShouldBe("1");
        page.QuerySelector("[data-figure=problems]")!.TextContent.ShouldBe("1");
        (await pages.Http.GetAsync($"/staff/campaigns/windows/{id}/report")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (hubResponse, hub) = await pages.GetAsync("/staff/campaigns");
        hubResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        hub.QuerySelector($"[data-campaign='{id}']").ShouldNotBeNull();
        hub.QuerySelector("a[href='/staff/cross-inspections']").ShouldNotBeNull();
        hub.QuerySelector("a[href='/staff/joint-inspections']").ShouldNotBeNull();

        // Another county gets 404 and does not see it listed.
        var other = await app.ApiAsync("spb-admin");
        (await other.GetAsync($"/api/campaigns/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/campaigns/{id}/report")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetStringAsync("/api/campaigns")).ShouldNotContain(id);
        (await (await app.PagesAsync("spb-admin")).GetAsync($"/staff/campaigns/windows/{id}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_window_still_running_has_no_report_yet(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var school = (await SpecialApi.SchoolsAsync(app, "500107"))[3];
        var inspector = await app.WithDbAsync(db => db.Set<Inspector>().Where(i => i.RegionCode == "500107").Select(i => i.Id).FirstAsync());
        var created = await office.PostAsJsonAsync("/api/campaigns", new
        {
            name = "元旦节假日专项", kind = "holiday", targetKind = "school", startsOn = "2026-12-30", endsOn = "2027-01-03", targetIds = new[] { school }, inspectorIds = new[] { inspector },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var report = await office.GetAsync($"/api/campaigns/{id}/report");
        report.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await report.Content.ReadAsStringAsync()).ShouldContain("2027-01-03");
    }

    private static Visit Visit(string schoolId, DateOnly date) => new()
    {
        RegionCode = "500107", TargetKind = "school", TargetId = schoolId, TargetName = "某校", Date = date, Month = date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        TemplateId = "", Summary = "集中督导", CreatedAt = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), CreatedBy = "jlp-admin",
    };
}
