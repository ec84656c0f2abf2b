using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Notices;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Inspections;

public sealed class InstitutionCoverageTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Coverage_counts_schools_and_institutions_apart_and_together_as_a_hand_count_does_at_every_level(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var city = await app.ApiAsync("admin");
        var jlpSchools = await InspectionApi.SchoolsAsync(city, "500107");
        var jlp = await InstitutionsAsync(city, "500107");
        var spb = await InstitutionsAsync(city, "500106");
        // October: 2 九龙坡区 schools; 4 九龙坡区 institutions (one twice, one closed since) and 3 沙坪坝区 institutions.
        foreach (var (id, _) in jlpSchools.Take(2)) await Record(city, InspectionApi.Visit(id, "2026-10-09"));
        foreach (var (id, _) in jlp.Take(4).Concat(spb.Take(3))) await Record(city, Visit(id, "2026-10-15"));
        await Record(city, Visit(jlp[1].Id, "2026-10-27"));
        await Record(city, Visit(jlp[6].Id, "2026-09-30"));
        var closed = jlp[3].Id;
        await app.WithDbAsync(db => db.Set<Institution>().Where(i => i.Id == closed).ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, "停办")));

        var (schools, institutions) = await app.WithDbAsync(async db => (
            await db.Set<School>().GroupBy(s => s.RegionCode).ToDictionaryAsync(g => g.Key, g => g.Count()),
            await db.Set<Institution>().Where(i => i.Status == "正常").GroupBy(i => i.RegionCode).ToDictionaryAsync(g => g.Key, g => g.Count())));
        institutions["500107"].ShouldBe(jlp.Count - 1, "the closed institution is not counted");
        var hand = new Dictionary<string, Tally>
        {
            ["500107"] = new(schools["500107"], 2, institutions["500107"], 3),
            ["500106"] = new(schools["500106"], 0, institutions["500106"], 3),
        };

        foreach (var (county, expected) in hand)
        {
            var c = await city.GetFromJsonAsync<JsonElement>($"/api/coverage?regionCode={county}&month=2026-10");
            Check(c, expected);
            c.GetProperty("unvisitedInstitutions").GetArrayLength().ShouldBe(expected.Institutions - expected.InstitutionsVisited);
            c.GetProperty("unvisitedInstitutionsTotal").GetInt32().ShouldBe(expected.Institutions - expected.InstitutionsVisited);
            c.GetProperty("unvisited").GetArrayLength().ShouldBe(expected.Schools - expected.Visited, "unvisited keeps listing schools only");
            c.GetProperty("inspectors").EnumerateArray().Sum(i => i.GetProperty("institutionsVisited").GetInt32()).ShouldBe(expected.InstitutionsVisited);
            c.GetProperty("inspectors").EnumerateArray().Sum(i => i.GetProperty("institutions").GetInt32()).ShouldBe(expected.Institutions);
        }
        var jlpUnvisited = (await city.GetFromJsonAsync<JsonElement>("/api/coverage?regionCode=500107&month=2026-10"))
            .GetProperty("unvisitedInstitutions").EnumerateArray().Select(u => u.GetProperty("id").GetString()).ToList();
        jlpUnvisited.ShouldNotContain(jlp[0].Id);
        jlpUnvisited.ShouldNotContain(closed);
        jlpUnvisited.ShouldContain(jlp[6].Id, "a September visit does not count in October");

        var urban = await city.GetFromJsonAsync<JsonElement>("/api/coverage?regionCode=500100&month=2026-10");
        Check(urban, hand["500107"] + hand["500106"]);
        var children = urban.GetProperty("children").EnumerateArray().ToDictionary(c => c.GetProperty("regionCode").GetString()!);
        foreach (var (county, expected) in hand) Check(children[county], expected);
        var province = await city.GetFromJsonAsync<JsonElement>("/api/coverage?regionCode=500000&month=2026-10");
        Check(province, hand["500107"] + hand["500106"]);
        var named = province.GetProperty("children").EnumerateArray().ToDictionary(c => c.GetProperty("regionCode").GetString()!);
        foreach (var (county, expected) in hand) Check(named[county], expected);

        // The pages show both kinds: the figures, each child's institutions, the unvisited institutions and their heatmap rows.
        var pages = await app.PagesAsync("admin");
        var (_, countyPage) = await pages.GetAsync("/staff/coverage?regionCode=500107&month=2026-10");
        countyPage.QuerySelector("#coverage-institutions")!.TextContent.ShouldBe(hand["500107"].Institutions.ToString(CultureInfo.InvariantCulture));
        countyPage.QuerySelector("#coverage-institutions-visited")!.TextContent.ShouldBe("3");
        countyPage.QuerySelector("#coverage-visited")!.TextContent.ShouldBe("2");
        countyPage.QuerySelectorAll("#unvisited-institutions li").Length.ShouldBe(hand["500107"].Institutions - 3);
        var (_, cityPage) = await pages.GetAsync("/staff/coverage?regionCode=500100&month=2026-10");
        cityPage.QuerySelector("tr[data-id='500106'] .institutions-visited")!.TextContent.ShouldBe("3");
        var (_, heatmap) = await pages.GetAsync("/staff/coverage/heatmap?regionCode=500107&year=2026");
        heatmap.QuerySelectorAll("#heatmap-institution tbody tr").Length.ShouldBe(hand["500107"].Institutions);
        heatmap.QuerySelectorAll("#heatmap-school tbody tr").Length.ShouldBe(hand["500107"].Schools);
        var row = heatmap.QuerySelector($"#heatmap-institution tr[data-id='{jlp[1].Id}']")!;
        row.QuerySelectorAll("td")[10].TextContent.ShouldBe("15", "October shows the first visit's day");
        row.QuerySelectorAll("td")[9].TextContent.ShouldBe("·");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task No_reminder_outside_the_season_which_each_region_sets_for_itself(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 21, 0, 0, 0, TimeSpan.Zero));
        var admin = await app.ApiAsync("admin");
        await Run(admin);
        (await InspectorNoticesAsync(app)).ShouldBeEmpty("January is outside the default season, April–November");
        var january = await admin.GetFromJsonAsync<JsonElement>("/api/coverage?regionCode=500107&month=2027-01");
        january.GetProperty("inSeason").GetBoolean().ShouldBeFalse();
        (january.GetProperty("seasonStart").GetInt32(), january.GetProperty("seasonEnd").GetInt32()).ShouldBe((4, 11));

        // 沙坪坝区 runs 月月督 all year; 九龙坡区 keeps the default.
        var spb = await app.ApiAsync("spb-admin");
        (await spb.PutAsJsonAsync($"/api/rules/inspections.coverage.season-start", new { regionCode = "500106", value = 1 })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await spb.PutAsJsonAsync($"/api/rules/inspections.coverage.season-end", new { regionCode = "500106", value = 12 })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await spb.PutAsJsonAsync($"/api/rules/inspections.coverage.season-start", new { regionCode = "500107", value = 1 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await Run(admin);
        var notices = await InspectorNoticesAsync(app);
        notices.ShouldNotBeEmpty();
        notices.ShouldAllBe(n => n.RegionCode == "500106");
        (await spb.GetFromJsonAsync<JsonElement>("/api/coverage?month=2027-01")).GetProperty("inSeason").GetBoolean().ShouldBeTrue();
        var (_, page) = await (await app.PagesAsync("jlp-admin")).GetAsync("/staff/coverage?month=2027-01");
        page.QuerySelector("#coverage-season")!.TextContent.ShouldContain("4—11月");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_reminder_in_May_names_the_unvisited_schools_and_institutions(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 5, 21, 0, 0, 0, TimeSpan.Zero));
        var duxue = await app.ApiAsync("jlp-duxue");
        var assignments = await duxue.GetFromJsonAsync<JsonElement>("/api/me/assignments");
        var schools = assignments.GetProperty("schools").EnumerateArray().Select(s => (Id: s.GetProperty("id").GetString()!, Name: s.GetProperty("name").GetString()!)).ToList();
        var institutions = assignments.GetProperty("institutions").EnumerateArray().Select(s => (Id: s.GetProperty("id").GetString()!, Name: s.GetProperty("name").GetString()!)).ToList();
        institutions.Count.ShouldBeGreaterThan(1);
        foreach (var (id, _) in schools.Skip(1)) await Record(duxue, InspectionApi.Visit(id, "2027-05-12"));
        await Record(duxue, Visit(institutions[0].Id, "2027-05-13"));

        await Run(await app.ApiAsync("admin"));
        var notice = (await duxue.GetFromJsonAsync<JsonElement>("/api/me/notices")).GetProperty("items").EnumerateArray()
            .Single(n => n.GetProperty("title").GetString()!.Contains("月月督", StringComparison.Ordinal));
        notice.GetProperty("title").GetString().ShouldBe($"2027-05 月月督提醒：1 所学校、{institutions.Count - 1} 家培训机构未督导");
        var body = notice.GetProperty("body").GetString()!;
        body.ShouldContain(schools[0].Name);
        foreach (var (_, name) in institutions.Skip(1)) body.ShouldContain(name);
        body.ShouldNotContain(institutions[0].Name);

        var mine = await duxue.GetFromJsonAsync<JsonElement>("/api/coverage/inspectors/" + await InspectorIdAsync(app) + "?month=2027-05");
        mine.GetProperty("institutionsVisited").GetInt32().ShouldBe(1);
        mine.GetProperty("unvisitedInstitutions").GetArrayLength().ShouldBe(institutions.Count - 1);
        var (_, page) = await (await app.PagesAsync("jlp-duxue")).GetAsync("/staff/coverage?month=2027-05");
        page.QuerySelectorAll("#my-coverage li[data-kind=institution]").Length.ShouldBe(institutions.Count - 1);
    }

    private sealed record Tally(int Schools, int Visited, int Institutions, int InstitutionsVisited)
    {
        public static Tally operator +(Tally a, Tally b) =>
            new(a.Schools + b.Schools, a.Visited + b.Visited, a.Institutions + b.Institutions, a.InstitutionsVisited + b.InstitutionsVisited);
    }

    private static void Check(JsonElement coverage, Tally expected)
    {
        coverage.GetProperty("schools").GetInt32().ShouldBe(expected.Schools);
        coverage.GetProperty("visited").GetInt32().ShouldBe(expected.Visited);
        coverage.GetProperty("rate").GetDouble().ShouldBe(Rate(expected.Visited, expected.Schools));
        coverage.GetProperty("institutions").GetInt32().ShouldBe(expected.Institutions);
        coverage.GetProperty("institutionsVisited").GetInt32().ShouldBe(expected.InstitutionsVisited);
        coverage.GetProperty("institutionsRate").GetDouble().ShouldBe(Rate(expected.InstitutionsVisited, expected.Institutions));
        coverage.GetProperty("overallRate").GetDouble().ShouldBe(Rate(expected.Visited + expected.InstitutionsVisited, expected.Schools + expected.Institutions));
    }

    private static double Rate(int visited, int total) => Math.Round((double)visited / total, 4);

    private static object Visit(string institutionId, string date) => new
    {
        targetKind = "institution", targetId = institutionId, date, kind = "routine", methods = new[] { "campus-patrol" },
        results = new[] { new { code = "C1", value = "yes", note = "证照齐全" } }, findings = Array.Empty<object>(), summary = "查看证照和课表。",
    };

    private static async Task Record(HttpClient api, object visit)
    {
        var response = await api.PostAsJsonAsync("/api/visits", visit);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static async Task Run(HttpClient admin)
    {
        var run = await admin.PostAsync("/api/admin/jobs/coverage-reminder/run", null);
        run.StatusCode.ShouldBe(HttpStatusCode.OK, await run.Content.ReadAsStringAsync());
    }

    private static async Task<List<(string Id, string Name)>> InstitutionsAsync(HttpClient office, string regionCode) =>
        (await office.GetFromJsonAsync<JsonElement>($"/api/institutions?regionCode={regionCode}&pageSize=200")).GetProperty("items").EnumerateArray()
        .Select(i => (i.GetProperty("id").GetString()!, i.GetProperty("name").GetString()!)).ToList();

    private static Task<List<Notice>> InspectorNoticesAsync(TestApp app) =>
        app.WithDbAsync(db => db.Set<Notice>().IgnoreQueryFilters().Where(n => n.OrgKind == "inspector" && n.Title.Contains("月月督")).ToListAsync());

    private static Task<string> InspectorIdAsync(TestApp app) =>
        app.WithDbAsync(db => db.Set<Dudao.Modules.Accounts.Domain.User>().IgnoreQueryFilters().Where(u => u.UserName == "jlp-duxue").Select(u => u.OrgRefId!).SingleAsync());
}
