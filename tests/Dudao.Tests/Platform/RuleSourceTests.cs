using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Platform.Rules;
using Dudao.Tests.Rectification;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Platform;

/// <summary>Where the numbers are ours, the settings say so: every rule names its source, and a region can still change its value.</summary>
public sealed class RuleSourceTests
{
    private sealed class SeedRules : IRuleSet
    {
        public IEnumerable<RuleDefinition> Rules =>
            [new("test.visits-per-month", "测试：每月到校督导次数", "次", 1, 1, 10, "测试", RuleSource.Seed("000 §5", "每月至少到校督导1次"))];
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Every_rule_names_its_source_in_the_api_and_on_the_settings_page(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind, services: s => s.AddSingleton<IRuleSet, SeedRules>());
        var rules = (await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>("/api/rules?regionCode=500107")).EnumerateArray().ToList();
        rules.ShouldAllBe(r => new[] { "seed", "regulation", "local" }.Contains(r.GetProperty("source").GetProperty("kind").GetString())
                               && r.GetProperty("source").GetProperty("citation").GetString()!.Length > 0);
        JsonElement Source(string key) => rules.Single(r => r.GetProperty("key").GetString() == key).GetProperty("source");
        Source("complaints.accept-days").GetProperty("kind").GetString().ShouldBe("regulation");
        Source("complaints.handle-days").GetProperty("citation").GetString()!.ShouldContain("《信访工作条例》");
        Source("rectification.deadline-days.high").GetProperty("kind").GetString().ShouldBe("local");
        Source("rectification.deadline-days.low").GetProperty("citation").GetString()!.ShouldContain("本地默认值");
        Source("test.visits-per-month").GetProperty("kind").GetString().ShouldBe("seed");

        var (_, page) = await (await app.PagesAsync("jlp-admin")).GetAsync("/staff/settings");
        string SourceCell(string key) => page.QuerySelector($"tr[data-rule='{key}'] .rule-source")!.TextContent;
        SourceCell("complaints.extension-max-days").ShouldContain("法规");
        SourceCell("complaints.extension-max-days").ShouldContain("《信访工作条例》");
        SourceCell("rectification.deadline-days.medium").ShouldContain("本地默认值");
        SourceCell("escalation.notices-for-interview").ShouldContain("本地默认值");
        SourceCell("test.visits-per-month").ShouldContain("种子文件");
        SourceCell("test.visits-per-month").ShouldContain("000 §5：每月至少到校督导1次");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_county_still_overrides_a_local_default_on_the_settings_page_and_its_problems_follow_it(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var county = await app.PagesAsync("jlp-admin");
        const string key = "rectification.deadline-days.high";
        var saved = await county.SubmitAsync("/staff/settings", $"tr[data-rule='{key}'] form", new() { ["RuleValue"] = "5" });
        var row = PageClient.Parse(await saved.Content.ReadAsStringAsync()).QuerySelector($"tr[data-rule='{key}']")!.TextContent;
        row.ShouldContain("5 个工作日");
        row.ShouldContain("本地区设置");
        row.ShouldContain("本地默认值");

        var problem = await Problems.CreateAsync(await app.ApiAsync("jlp-admin"), await Problems.UnitIdAsync(app, "jlp-school"), Problems.Unique("严重问题"),
            new { severity = "high" });
        problem.GetProperty("deadline").GetString().ShouldBe("2026-11-30", "Mon 23 Nov + 5 working days");
        var spb = await app.ApiAsync("spb-admin");
        (await spb.GetFromJsonAsync<JsonElement>("/api/rules?regionCode=500106")).EnumerateArray()
            .Single(r => r.GetProperty("key").GetString() == key).GetProperty("value").GetInt32().ShouldBe(10, "the neighbour keeps the default");
    }
}
