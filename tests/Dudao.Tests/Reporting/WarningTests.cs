using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Platform.Notices;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Reporting;

/// <summary>Early warnings over the rollups: raised by the region's thresholds, told to the office once, published to parents by choice.</summary>
public sealed class WarningTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Warnings_fire_once_and_an_office_publishes_one_to_parents(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        await DashboardTests.ConstructAsync(app);
        var admin = await app.ApiAsync("admin");
        (await admin.PostAsync("/api/admin/jobs/rollup-overdue/run", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // 23 November: 76.7% of the month gone, coverage 50% (more than 20 points behind); 1 of 2 open problems overdue (over 20%);
        // 4 complaints against no earlier ones, but fewer than the minimum of 5.
        var warnings = await admin.GetFromJsonAsync<JsonElement>("/api/warnings?regionCode=500108&month=2026-11");
        warnings.EnumerateArray().Where(w => w.GetProperty("regionCode").GetString() == "500108").Select(w => w.GetProperty("kind").GetString())
            .ShouldBe(["overdue", "coverage"]);

        // A lower minimum raises the complaints warning too: thresholds are the region's rules.
        (await admin.PutAsJsonAsync("/api/rules/reporting.warning.complaints-minimum", new { regionCode = "500108", value = 3 })).IsSuccessStatusCode.ShouldBeTrue();
        warnings = await admin.GetFromJsonAsync<JsonElement>("/api/warnings?regionCode=500108&month=2026-11");
        warnings.EnumerateArray().Select(w => w.GetProperty("kind").GetString()).ShouldContain("complaints");

        var first = await admin.PostAsync("/api/admin/jobs/early-warnings/run", null);
        (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lastResult").GetString()!.ShouldNotBe("发出预警 0 条");
        var second = await admin.PostAsync("/api/admin/jobs/early-warnings/run", null);
        (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lastResult").GetString().ShouldBe("发出预警 0 条");
        var keys = await app.WithDbAsync(db => db.Set<Notice>().Where(n => n.RegionCode == "500108" && n.DedupeKey!.StartsWith("early-warning:"))
            .Select(n => n.DedupeKey!).ToListAsync());
        keys.Order(StringComparer.Ordinal).ShouldBe(["early-warning:complaints:500108:2026-11", "early-warning:coverage:500108:2026-11", "early-warning:overdue:500108:2026-11"]);

        // Published by the city, once; a county cannot publish another county's; no warning, no publication.
        var publish = new { regionCode = "500108", month = "2026-11", kind = "coverage" };
        (await admin.PostAsJsonAsync("/api/warnings/publish", publish)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsJsonAsync("/api/warnings/publish", publish)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.ApiAsync("jlp-admin")).PostAsJsonAsync("/api/warnings/publish", publish)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostAsJsonAsync("/api/warnings/publish", new { regionCode = "500107", month = "2026-11", kind = "complaints" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var bad = await admin.PostAsJsonAsync("/api/warnings/publish", new { regionCode = "500108", kind = "rain" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("预警类别应为");

        var anonymous = app.CreateClient();
        var list = await anonymous.GetFromJsonAsync<JsonElement>("/api/public/warnings");
        list.EnumerateArray().Select(w => w.GetProperty("title").GetString()).ShouldBe(["南岸区督导覆盖进度预警"]);
        var page = await anonymous.GetStringAsync("/public/warnings");
        page.ShouldContain("南岸区督导覆盖进度预警");
        page.ShouldNotContain("<script src=\"js/dashboard.js\"");

        var (response, settings) = await (await app.PagesAsync("admin")).GetAsync("/staff/settings");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        settings.Body!.TextContent.ShouldContain("预警：逾期问题占未销号问题比例超过");
        var (_, dashboard) = await (await app.PagesAsync("admin")).GetAsync("/staff/reports?regionCode=500108&month=2026-11");
        dashboard.QuerySelectorAll("[data-testid=warning]").Length.ShouldBe(3);
    }
}
