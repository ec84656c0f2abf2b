using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Inspections;

public sealed class CoverageTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Coverage_of_a_constructed_month_equals_a_hand_count_at_every_level(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var city = await app.ApiAsync("admin");
        var jlp = await InspectionApi.SchoolsAsync(city, "500107");
        var spb = await InspectionApi.SchoolsAsync(city, "500106");
        // October: 5 九龙坡区 schools (one of them twice) and 3 沙坪坝区 schools; a September visit does not count.
        var visited = jlp.Take(5).Concat(spb.Take(3)).ToList();
        foreach (var (id, _) in visited) await Record(city, id, "2026-10-12");
        await Record(city, jlp[0].Id, "2026-10-28");
        await Record(city, jlp[9].Id, "2026-09-30");

        var schools = await app.WithDbAsync(db => db.Set<School>().GroupBy(s => s.RegionCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        var hand = new Dictionary<string, (int Schools, int Visited)>
        {
            ["500107"] = (schools["500107"], 5),
            ["500106"] = (schools["500106"], 3),
        };

        foreach (var (county, expected) in hand)
        {
            var c = await city.GetFromJsonAsync<JsonElement>($"/api/coverage?regionCode={county}&month=2026-10");
            Check(c, expected.Schools, expected.Visited);
            c.GetProperty("unvisited").GetArrayLength().ShouldBe(expected.Schools - expected.Visited);
            c.GetProperty("unvisited").EnumerateArray().Select(u => u.GetProperty("id").GetString())
                .ShouldNotContain(id => visited.Any(v => v.Id == id));
            c.GetProperty("zones").EnumerateArray().Sum(z => z.GetProperty("visited").GetInt32()).ShouldBe(expected.Visited);
            c.GetProperty("zones").EnumerateArray().Sum(z => z.GetProperty("schools").GetInt32()).ShouldBe(expected.Schools);
            c.GetProperty("inspectors").EnumerateArray().Sum(z => z.GetProperty("visited").GetInt32()).ShouldBe(expected.Visited);
        }

        var urban = await city.GetFromJsonAsync<JsonElement>("/api/coverage?regionCode=500100&month=2026-10");
        Check(urban, hand.Values.Sum(h => h.Schools), 8);
        var children = urban.GetProperty("children").EnumerateArray().ToDictionary(c => c.GetProperty("regionCode").GetString()!);
        foreach (var (county, expected) in hand)
        {
            children[county].GetProperty("schools").GetInt32().ShouldBe(expected.Schools);
            children[county].GetProperty("visited").GetInt32().ShouldBe(expected.Visited);
        }
        children["500108"].GetProperty("schools").GetInt32().ShouldBe(0);

        var province = await city.GetFromJsonAsync<JsonElement>("/api/coverage?regionCode=500000&month=2026-10");
        Check(province, hand.Values.Sum(h => h.Schools), 8);
        // 重庆市 is a 直辖市: its children are its districts and counties, not 市辖区 (500100).
        var named = province.GetProperty("children").EnumerateArray().ToDictionary(c => c.GetProperty("regionCode").GetString()!);
        named.Count.ShouldBe(38);
        foreach (var (county, expected) in hand) named[county].GetProperty("visited").GetInt32().ShouldBe(expected.Visited);

        var september = await city.GetFromJsonAsync<JsonElement>("/api/coverage?regionCode=500107&month=2026-09");
        september.GetProperty("visited").GetInt32().ShouldBe(1);

        // Scope: 沙坪坝区 cannot read 九龙坡区's coverage; its own default is its county.
        var spbAdmin = await app.ApiAsync("spb-admin");
        (await spbAdmin.GetAsync("/api/coverage?regionCode=500107&month=2026-10")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var own = await spbAdmin.GetFromJsonAsync<JsonElement>("/api/coverage?month=2026-10");
        own.GetProperty("regionCode").GetString().ShouldBe("500106");
        Check(own, hand["500106"].Schools, 3);
        (await (await app.ApiAsync("jlp-school")).GetAsync("/api/coverage")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await spbAdmin.GetAsync("/api/coverage?month=2026-13")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var marks = await app.WithDbAsync(db => db.Set<CoverageMark>().CountAsync(m => m.Month == "2026-10"));
        marks.ShouldBe(8, "a school counts once a month however many visits it gets");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task After_the_20th_inspectors_with_unvisited_schools_get_one_notice(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var duxue = await app.ApiAsync("jlp-duxue");
        var assigned = await InspectionApi.AssignedSchoolsAsync(duxue);
        foreach (var id in assigned.Skip(1)) await Record(duxue, id, "2026-11-20");

        var admin = await app.ApiAsync("jlp-admin");
        var run = await admin.PostAsync($"/api/admin/jobs/coverage-reminder/run", null);
        run.StatusCode.ShouldBe(HttpStatusCode.OK, await run.Content.ReadAsStringAsync());
        (await admin.PostAsync($"/api/admin/jobs/coverage-reminder/run", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var notices = (await duxue.GetFromJsonAsync<JsonElement>("/api/me/notices")).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("title").GetString()!.Contains("月月督", StringComparison.Ordinal)).ToList();
        notices.Count.ShouldBe(1, "a second run sends no duplicate");
        notices[0].GetProperty("title").GetString()!.ShouldContain("1 所学校");
        var first = (await InspectionApi.SchoolsAsync(admin, "500107")).Single(s => s.Id == assigned[0]).Name;
        notices[0].GetProperty("body").GetString()!.ShouldContain(first);

        var mine = await duxue.GetFromJsonAsync<JsonElement>($"/api/coverage/inspectors/{await InspectorIdAsync(app)}?month=2026-11");
        mine.GetProperty("visited").GetInt32().ShouldBe(assigned.Count - 1);
        mine.GetProperty("unvisited").EnumerateArray().Single().GetProperty("id").GetString().ShouldBe(assigned[0]);
    }

    private static Task<string> InspectorIdAsync(TestApp app) =>
        app.WithDbAsync(db => db.Set<Dudao.Modules.Accounts.Domain.User>().IgnoreQueryFilters().Where(u => u.UserName == "jlp-duxue").Select(u => u.OrgRefId!).SingleAsync());

    private static async Task Record(HttpClient api, string schoolId, string date)
    {
        var response = await api.PostAsJsonAsync("/api/visits", InspectionApi.Visit(schoolId, date));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static void Check(JsonElement coverage, int schools, int visited)
    {
        coverage.GetProperty("schools").GetInt32().ShouldBe(schools);
        coverage.GetProperty("visited").GetInt32().ShouldBe(visited);
        coverage.GetProperty("rate").GetDouble().ShouldBe(Math.Round((double)visited / schools, 4));
    }
}
