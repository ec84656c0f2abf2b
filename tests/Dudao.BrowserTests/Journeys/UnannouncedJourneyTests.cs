using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class UnannouncedJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_school_sees_nothing_of_an_unannounced_plan_until_the_inspector_visits_and_then_only_the_visit()
    {
        var (inspector, school) = await NamesAsync();
        var plan = $"四不两直抽查 {Guid.NewGuid().ToString("N")[..6]}";
        var page = await browser.NewPageAsync();

        await page.LogInAsync("jlp-admin");
        await page.OpenSpecialInspectionsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "新建专项督导" }).ClickAsync();
        await page.GetByLabel("名称").FillAsync(plan);
        await page.GetByLabel("督导方式").SelectOptionAsync("unannounced");
        await page.GetByLabel("开始日期").FillAsync("2026-11-16");
        await page.GetByLabel("结束日期").FillAsync("2026-11-27");
        await page.GetByLabel(inspector, new() { Exact = true }).CheckAsync();
        await page.GetByLabel(school, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/special-inspections/*");
        var planUrl = new Uri(page.Url).AbsolutePath;
        await Expect(page.Locator("#special-facts")).ToContainTextAsync("四不两直");
        await page.LogOutAsync();

        await page.LogInAsync("jlp-school");
        // Not in a school's menu; typed as an address, the list still shows it nothing.
        await Expect(page.Locator("#staff-nav")).Not.ToContainTextAsync("专项督导");
        await page.GotoAsync("/staff/special-inspections");
        await Expect(page.Locator("#specials")).ToContainTextAsync("暂无专项督导");
        await Expect(page.GetByText(plan)).ToHaveCountAsync(0);
        await page.GotoAsync(planUrl);
        await Expect(page.GetByText("不存在", new() { Exact = false }).First).ToBeVisibleAsync();
        await Expect(page.GetByText(plan)).ToHaveCountAsync(0);
        await page.GotoAsync("/staff");
        await page.OpenVisitsAsync();
        await Expect(page.Locator("table tbody tr", new() { HasTextString = "四不两直" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync("school-before-unannounced-visit");
        await page.LogOutAsync();

        await page.LogInAsync("jlp-duxue");
        await page.GotoAsync(planUrl);
        await page.Locator("#special-targets tr", new() { HasTextString = school }).GetByRole(AriaRole.Link, new() { Name = "记录督导" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/visits/new?*");
        await Expect(page.GetByLabel("督导类型")).ToHaveValueAsync("unannounced");
        await page.GetByText("校园巡查", new() { Exact = true }).ClickAsync();
        await page.GetByText("推门听课", new() { Exact = true }).ClickAsync();
        await page.Locator("details summary", new() { HasTextString = "A2 " }).ClickAsync();
        await page.Locator(".checklist-item[data-code=C10]").GetByText("不适用").ClickAsync();
        await page.GetByLabel("基本情况").FillAsync("未打招呼直接进校，巡查课后服务和作业公示。");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交督导记录" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/visits/*?saved=true");
        await page.LogOutAsync();

        await page.LogInAsync("jlp-school");
        await page.OpenVisitsAsync();
        var row = page.Locator("table tbody tr", new() { HasTextString = "四不两直" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(school);
        await row.GetByRole(AriaRole.Link, new() { Name = school, Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/staff/visits/*");
        await Expect(page.GetByText("未打招呼直接进校", new() { Exact = false })).ToBeVisibleAsync();
        await page.ScreenshotAsync("school-after-unannounced-visit");
        await page.GotoAsync("/staff/special-inspections");
        await Expect(page.GetByText(plan)).ToHaveCountAsync(0);
        await page.LogOutAsync();
    }

    private async Task<(string Inspector, string School)> NamesAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = await db.Set<User>().IgnoreQueryFilters().Where(u => u.UserName == "jlp-duxue" || u.UserName == "jlp-school").ToListAsync();
        var inspectorId = users.Single(u => u.UserName == "jlp-duxue").OrgRefId;
        var schoolId = users.Single(u => u.UserName == "jlp-school").OrgRefId;
        return (await db.Set<Inspector>().IgnoreQueryFilters().Where(i => i.Id == inspectorId).Select(i => i.Name).SingleAsync(),
            await db.Set<School>().IgnoreQueryFilters().Where(s => s.Id == schoolId).Select(s => s.Name).SingleAsync());
    }
}

internal static class InspectionSteps
{
    public static async Task OpenSpecialInspectionsAsync(this IPage page)
    {
        await page.Locator("#staff-nav").GetByRole(AriaRole.Link, new() { Name = "专项督导" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/special-inspections");
    }

    public static async Task OpenVisitsAsync(this IPage page)
    {
        await page.Locator("#staff-nav").GetByRole(AriaRole.Link, new() { Name = "督导记录" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/visits");
    }
}
