using System.Net;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Platform;

public sealed class PlatformPageTests
{
    private sealed class PageRules : IRuleSet
    {
        public IEnumerable<RuleDefinition> Rules => [new("test.page-days", "页面测试时限", "天", 15, 1, 90, "测试")];
    }

    private sealed class QuickJob : IScheduledJob
    {
        public string Name => "quick";
        public JobSchedule Schedule => JobSchedule.Daily(2);
        public Task<string> RunAsync(CancellationToken ct) => Task.FromResult("完成 3 项");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Settings_jobs_and_notices_work_through_the_pages(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind, services: s =>
        {
            s.AddSingleton<IRuleSet, PageRules>();
            s.AddScoped<IScheduledJob, QuickJob>();
        });
        var county = await app.PagesAsync("jlp-admin");
        var saved = await county.SubmitAsync("/staff/settings", "form:has(input[name=_handler][value='rule-test.page-days'])", new() { ["RuleValue"] = "12" });
        var html = await saved.Content.ReadAsStringAsync();
        html.ShouldContain("规则已保存");
        html.ShouldContain("本地区设置");
        (await (await county.SubmitAsync("/staff/settings", "form:has(input[name=_handler][value='rule-test.page-days'])", new() { ["RuleValue"] = "999" })).Content.ReadAsStringAsync())
            .ShouldContain("1–90");

        var refused = await county.SubmitAsync("/staff/settings", "#holiday-form", new() { ["Holiday.Date"] = "2026-12-31", ["Holiday.Name"] = "县定假日" });
        (await refused.Content.ReadAsStringAsync()).ShouldContain("只有省级或以上督导部门可以修改");
        var province = await app.PagesAsync("admin");
        var added = await province.SubmitAsync("/staff/settings", "#holiday-form", new() { ["Holiday.Date"] = "2026-12-31", ["Holiday.Name"] = "跨年假" });
        var addedHtml = await added.Content.ReadAsStringAsync();
        addedHtml.ShouldContain("节假日已保存");
        addedHtml.ShouldContain("跨年假");

        var run = await county.SubmitAsync("/staff/admin/jobs", "form.run-job:has(input[value=run-quick])", new());
        (await run.Content.ReadAsStringAsync()).ShouldContain("已运行：完成 3 项");

        var department = await app.PagesAsync("jlp-jjk");
        var denied = await department.Http.GetAsync("/staff/settings");
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.ToString().ShouldContain("/staff/denied");
        (await department.Http.GetAsync("/staff/notices")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
