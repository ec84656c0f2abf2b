using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Dudao.Tests.Inspections;

namespace Dudao.Tests.Teams;

/// <summary>
/// 交叉检查 through the API and the pages: pairs without self-inspection, and a team's dated access to the
/// inspected region — there during the batch, gone the day after, gone at once for a member taken off.
/// </summary>
public sealed class CrossInspectionTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_team_sees_and_visits_the_inspected_region_only_between_the_batch_dates(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind); // 2026-11-23 in Shanghai
        var city = await app.ApiAsync("admin");
        var created = await city.PostAsJsonAsync("/api/cross-inspections",
            new { regionCodes = new[] { "500107", "500106" }, year = 2026, half = 2, from = "2026-11-20", to = "2026-11-30", seed = "test" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var batch = await created.Content.ReadFromJsonAsync<JsonElement>();
        var pairs = batch.GetProperty("pairs").EnumerateArray().ToList();
        pairs.Select(p => p.GetProperty("inspected").GetString()).Order().ShouldBe(["500106", "500107"]);
        pairs.ShouldAllBe(p => p.GetProperty("inspecting").GetString() != p.GetProperty("inspected").GetString());
        var jlpTeam = pairs.Single(p => p.GetProperty("inspecting").GetString() == "500107");
        jlpTeam.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("userName").GetString()).ShouldContain("jlp-duxue");

        var spbSchool = (await InspectionApi.SchoolsAsync(await app.ApiAsync("spb-admin"), "500106"))[0].Id;
        var inspector = await app.ApiAsync("jlp-duxue");
        (await inspector.GetAsync($"/api/schools/{spbSchool}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var visit = await inspector.PostAsJsonAsync("/api/visits", new
        {
            targetKind = "school", targetId = spbSchool, date = "2026-11-23", kind = "cross", methods = new[] { "campus-patrol" },
            findings = new[] { new { text = "作业公示栏未更新", severity = "low" } }, summary = "交叉检查到校查看",
        });
        visit.StatusCode.ShouldBe(HttpStatusCode.Created, await visit.Content.ReadAsStringAsync());
        var visitId = (await visit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await inspector.GetAsync($"/api/visits/{visitId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (page, _) = await (await app.PagesAsync("jlp-duxue")).GetAsync($"/staff/schools/{spbSchool}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        // The grant opens targets and their visits only, never the inspected region's other records.
        (await inspector.GetFromJsonAsync<JsonElement>("/api/schools?regionCode=500106")).GetProperty("total").GetInt32().ShouldBeGreaterThan(0);

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 15, 59, 0, TimeSpan.Zero)); // 23:59 on the last day
        (await (await app.ApiAsync("jlp-duxue")).GetAsync($"/api/schools/{spbSchool}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero)); // 00:00 the day after
        var after = await app.ApiAsync("jlp-duxue");
        (await after.GetAsync($"/api/schools/{spbSchool}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await after.GetAsync($"/api/visits/{visitId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await after.GetFromJsonAsync<JsonElement>("/api/schools?regionCode=500106")).GetProperty("total").GetInt32().ShouldBe(0);
        var (gone, _) = await (await app.PagesAsync("jlp-duxue")).GetAsync($"/staff/schools/{spbSchool}");
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The inspected district keeps the visit the team recorded.
        (await (await app.ApiAsync("spb-admin")).GetAsync($"/api/visits/{visitId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_member_taken_off_the_team_loses_access_at_once_and_the_page_shows_pairs_and_teams(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var pages = await app.PagesAsync("admin");
        var form = await pages.SubmitAsync("/staff/cross-inspections", "#cross-form", new()
        {
            ["Input.RegionCodes"] = "500107", ["Input.Year"] = "2026", ["Input.Half"] = "2", ["Input.From"] = "2026-11-01", ["Input.To"] = "2026-12-15",
        });
        var refusedBody = await form.Content.ReadAsStringAsync();
        form.StatusCode.ShouldBe(HttpStatusCode.BadRequest, refusedBody);
        PageClient.Parse(refusedBody).QuerySelectorAll("#cross-form .field-error").Select(e => e.TextContent).ShouldContain(m => m.Contains("至少选择两个", StringComparison.Ordinal), refusedBody);

        var page = (await pages.GetAsync("/staff/cross-inspections")).Document;
        foreach (var code in new[] { "500106", "500107" }) ((IHtmlInputElement)page.QuerySelector($"#cross-form input[value='{code}']")!).IsChecked = true;
        var created = await pages.SubmitAsync(page, "/staff/cross-inspections", "#cross-form", new()
        {
            ["Input.Year"] = "2026", ["Input.Half"] = "2", ["Input.From"] = "2026-11-01", ["Input.To"] = "2026-12-15",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var url = created.Headers.Location!.OriginalString.Split('?')[0];
        var (_, detail) = await pages.GetAsync(url);
        detail.QuerySelectorAll("#pairs [data-pair]").Select(p => (p.GetAttribute("data-pair"), p.GetAttribute("data-inspected")))
            .ShouldBe([("500106", "500107"), ("500107", "500106")], ignoreOrder: true);
        detail.QuerySelector("[data-pair='500107'] input[value='jlp-duxue']")!.HasAttribute("checked").ShouldBeTrue();

        var spbSchool = (await InspectionApi.SchoolsAsync(await app.ApiAsync("spb-admin"), "500106"))[0].Id;
        (await (await app.ApiAsync("jlp-duxue")).GetAsync($"/api/schools/{spbSchool}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var box in detail.QuerySelectorAll("[data-pair='500107'] input[type=checkbox]").OfType<IHtmlInputElement>()) box.IsChecked = false;
        var cleared = await pages.SubmitAsync(detail, url, "[data-pair='500107']", new());
        cleared.StatusCode.ShouldBe(HttpStatusCode.OK, await cleared.Content.ReadAsStringAsync());
        (await (await app.ApiAsync("jlp-duxue")).GetAsync($"/api/schools/{spbSchool}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Refused_batches_name_the_field_and_a_half_year_is_arranged_once(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var city = await app.ApiAsync("admin");
        async Task<JsonElement> Refused(object body, HttpStatusCode status = HttpStatusCode.BadRequest)
        {
            var response = await city.PostAsJsonAsync("/api/cross-inspections", body);
            response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
        (await Refused(new { regionCodes = new[] { "500107" }, year = 2041, half = 1, from = "2041-03-01", to = "2041-03-10" }))
            .GetProperty("errors").GetProperty("regionCodes")[0].GetString()!.ShouldContain("至少选择两个");
        (await Refused(new { regionCodes = new[] { "500107", "500106" }, year = 2041, half = 3, from = "2041-03-01", to = "2041-03-10" }))
            .GetProperty("errors").TryGetProperty("half", out _).ShouldBeTrue();
        (await Refused(new { regionCodes = new[] { "500107", "500106" }, year = 2041, half = 1, from = "2041-08-01", to = "2041-08-10" }))
            .GetProperty("errors").GetProperty("from")[0].GetString()!.ShouldContain("上半年");
        (await Refused(new { regionCodes = new[] { "500107", "510104" }, year = 2041, half = 1, from = "2041-03-01", to = "2041-03-10" }))
            .GetProperty("errors").GetProperty("regionCodes")[0].GetString()!.ShouldContain("510104");
        var ok = new { regionCodes = new[] { "500107", "500106" }, year = 2041, half = 1, from = "2041-03-01", to = "2041-03-10" };
        (await city.PostAsJsonAsync("/api/cross-inspections", ok)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await Refused(ok, HttpStatusCode.Conflict);
        // A district arranges nothing for the city, and does not read the city's batches.
        (await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>("/api/cross-inspections")).GetArrayLength().ShouldBe(0);
    }
}
