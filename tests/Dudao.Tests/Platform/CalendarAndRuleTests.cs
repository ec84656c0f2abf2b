using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Platform.Calendar;
using Dudao.Modules.Platform.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Platform;

public sealed class CalendarAndRuleTests
{
    private sealed class TestRules : IRuleSet
    {
        public IEnumerable<RuleDefinition> Rules => [new("test.sla-days", "测试时限", "天", 15, 1, 90, "测试")];
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Working_days_skip_weekends_and_holidays_and_count_make_up_days(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var province = await app.ApiAsync("admin");
        (await province.PutAsJsonAsync("/api/admin/holidays", new { date = "2026-11-25", name = "测试假日", isWorkday = false })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await province.PutAsJsonAsync("/api/admin/holidays", new { date = "2026-11-29", name = "调休上班", isWorkday = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var county = await app.ApiAsync("jlp-admin");
        var refused = await county.PutAsJsonAsync("/api/admin/holidays", new { date = "2026-11-26", name = "县里自定", isWorkday = false });
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("省级");
        var invalid = await province.PutAsJsonAsync("/api/admin/holidays", new { date = "2026-11-27", name = "" });
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var calendar = app.Services.GetRequiredService<WorkCalendar>();
        // Mon 23 Nov + 3 working days: Tue 24, (Wed 25 holiday), Thu 26, Fri 27.
        (await calendar.AddWorkingDaysAsync(new DateOnly(2026, 11, 23), 3, CancellationToken.None)).ShouldBe(new DateOnly(2026, 11, 27));
        // Fri 27 + 1: Sat 28 off, Sun 29 is a make-up working day.
        (await calendar.AddWorkingDaysAsync(new DateOnly(2026, 11, 27), 1, CancellationToken.None)).ShouldBe(new DateOnly(2026, 11, 29));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_rule_takes_the_nearest_setting_up_the_region_tree(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind, services: s => s.AddSingleton<IRuleSet, TestRules>());
        var province = await app.ApiAsync("admin");
        var jlp = await app.ApiAsync("jlp-admin");
        var spb = await app.ApiAsync("spb-admin");
        async Task<int> Value(HttpClient c, string region) =>
            (await c.GetFromJsonAsync<JsonElement>($"/api/rules?regionCode={region}")).EnumerateArray()
            .Single(r => r.GetProperty("key").GetString() == "test.sla-days").GetProperty("value").GetInt32();

        (await Value(jlp, "500107")).ShouldBe(15);
        (await province.PutAsJsonAsync("/api/rules/test.sla-days", new { regionCode = "500000", value = 20 })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await jlp.PutAsJsonAsync("/api/rules/test.sla-days", new { regionCode = "500107", value = 10 })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Value(jlp, "500107")).ShouldBe(10);
        (await Value(spb, "500106")).ShouldBe(20, "沙坪坝区 inherits 重庆市's value");

        var outside = await spb.PutAsJsonAsync("/api/rules/test.sla-days", new { regionCode = "500107", value = 30 });
        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outside.Content.ReadAsStringAsync()).ShouldContain("不在您的管理范围内");
        var range = await jlp.PutAsJsonAsync("/api/rules/test.sla-days", new { regionCode = "500107", value = 500 });
        range.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await range.Content.ReadAsStringAsync()).ShouldContain("1–90");
    }
}
