using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Tests.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Teams;

/// <summary>
/// 联合督查: a partner agency's account, made with its team, sees the team's targets during the team's dates,
/// records findings there, and meets 404 everywhere else with a menu of its own work only.
/// </summary>
public sealed class JointInspectionTests
{
    private const string Password = "Shi-Jian#2026x";

    [Theory, ClassData(typeof(Databases))]
    public async Task A_partner_account_sees_its_teams_targets_and_nothing_else(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind); // 2026-11-23 in Shanghai
        var office = await app.ApiAsync("jlp-admin");
        var schools = await InspectionApi.SchoolsAsync(office, "500107");
        var (teamSchool, other) = (schools[0].Id, schools[1].Id);
        var created = await office.PostAsJsonAsync("/api/joint-inspections", new
        {
            name = "秋季校外培训联合督查", from = "2026-11-20", to = "2026-11-30",
            targets = new[] { new { kind = "school", id = teamSchool } },
            partners = new[] { new { userName = "jlp-scjg-wang", displayName = "王建", agency = "市场监管局", password = Password } },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var teamId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var partner = await app.ApiAsync("jlp-scjg-wang", Password);
        var mine = await partner.GetFromJsonAsync<JsonElement>("/api/joint-inspections/mine");
        mine.EnumerateArray().Single().GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ShouldBe([teamSchool]);
        var recorded = await partner.PostAsJsonAsync($"/api/joint-inspections/{teamId}/findings",
            new { targetId = teamSchool, date = "2026-11-23", findings = new[] { new { text = "校内张贴校外培训广告", severity = "medium" } } });
        recorded.StatusCode.ShouldBe(HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync());
        var wrong = await partner.PostAsJsonAsync($"/api/joint-inspections/{teamId}/findings",
            new { targetId = other, date = "2026-11-23", findings = new[] { new { text = "x", severity = "low" } } });
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // Everything else answers 404: another school, the registries, visits, the office's team list.
        foreach (var url in new[] { $"/api/schools/{other}", $"/api/schools/{teamSchool}", "/api/schools", "/api/visits", "/api/joint-inspections", "/api/complaints", "/api/tasks" })
            (await partner.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        var pages = await app.PagesAsync("jlp-scjg-wang", Password);
        var (home, menu) = await pages.GetAsync("/staff/my-joint-inspections");
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        menu.QuerySelectorAll($"[data-team='{teamId}'] [data-target]").Select(t => t.GetAttribute("data-target")).ShouldBe([teamSchool]);
        menu.QuerySelectorAll("ul.navbar-nav a.nav-link").Select(a => a.GetAttribute("href")).Distinct()
            .ShouldBe(["/staff", "/staff/notices", "/staff/my-joint-inspections"], ignoreOrder: true);
        foreach (var url in new[] { $"/staff/schools/{other}", "/staff/schools", "/staff/visits", "/staff/complaints", "/staff/joint-inspections" })
            (await pages.GetAsync(url)).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        (await pages.GetAsync("/staff")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);

        // The office sees what the partner found; after the team's dates the partner sees nothing.
        var visitId = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("visitId").GetString();
        (await office.GetFromJsonAsync<JsonElement>($"/api/visits/{visitId}")).GetProperty("kind").GetString().ShouldBe("joint");
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        var late = await app.ApiAsync("jlp-scjg-wang", Password);
        (await late.PostAsJsonAsync($"/api/joint-inspections/{teamId}/findings",
            new { targetId = teamSchool, date = "2026-11-30", findings = new[] { new { text = "补记", severity = "low" } } })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_refused_team_names_the_row_and_makes_no_account(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var school = (await InspectionApi.SchoolsAsync(office, "500107"))[0].Id;
        var spbSchool = (await InspectionApi.SchoolsAsync(await app.ApiAsync("spb-admin"), "500106"))[0].Id;
        var name = $"mz-{Guid.NewGuid():N}"[..12];
        var response = await office.PostAsJsonAsync("/api/joint-inspections", new
        {
            name = "民政联合督查", from = "2041-05-10", to = "2041-05-20",
            targets = new[] { new { kind = "school", id = school }, new { kind = "school", id = spbSchool } },
            partners = new[] { new { userName = name, displayName = "李民", agency = "民政局", password = "short" } },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("targets[1]", out _).ShouldBeTrue();
        errors.TryGetProperty("partners[0].password", out _).ShouldBeTrue();
        (await app.WithDbAsync(db => db.Set<Dudao.Modules.Accounts.Domain.User>().CountAsync(u => u.UserName == name))).ShouldBe(0);
    }
}
