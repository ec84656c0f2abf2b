using System.Text.Json;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dudao.BrowserTests.Journeys;

/// <summary>
/// axe-core, injected from its npm file (the app does not serve it), run inside the page: no serious
/// or critical violations on the pages the public and an office use most.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly string AxeFile = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    [Fact]
    public async Task The_login_page_and_the_office_pages_have_no_serious_violations()
    {
        var page = await browser.NewPageAsync(bypassCsp: true);
        await page.GotoAsync("/login");
        (await SeriousViolationsAsync(page)).ShouldBeEmpty("/login");

        await page.LogInAsync("jlp-admin");
        (await SeriousViolationsAsync(page)).ShouldBeEmpty("/staff");
        foreach (var url in new[] { "/staff/schools", "/staff/problems", "/staff/complaints", "/staff/users", "/staff/audit", "/staff/logins" })
        {
            await page.GotoAsync(url);
            (await SeriousViolationsAsync(page)).ShouldBeEmpty(url);
        }

        await page.GotoAsync("/staff/problems/new");
        (await SeriousViolationsAsync(page)).ShouldBeEmpty("/staff/problems/new");
        var description = $"无障碍检查问题 {Guid.NewGuid().ToString("N")[..8]}";
        await page.GetByLabel("对象类型").SelectOptionAsync("school");
        await page.GetByLabel("学校标识码或统一社会信用代码").FillAsync(await SchoolCodeAsync());
        await page.GetByLabel("问题类别").FillAsync("作业管理");
        await page.GetByLabel("问题描述").FillAsync(description);
        await page.GetByLabel("严重程度", new() { Exact = true }).SelectOptionAsync("medium");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/problems?saved=true");
        (await SeriousViolationsAsync(page)).ShouldBeEmpty("/staff/problems with a 较重 problem");
        await page.Locator("#ledger").GetByRole(AriaRole.Link, new() { Name = description }).ClickAsync();
        await page.WaitForURLAsync("**/staff/problems/*");
        (await SeriousViolationsAsync(page)).ShouldBeEmpty("problem detail");
    }

    [Fact]
    public async Task The_visit_form_has_no_serious_violations()
    {
        var page = await browser.NewPageAsync(bypassCsp: true);
        await page.LogInAsync("jlp-duxue");
        await page.GotoAsync("/staff/visits/new");
        (await SeriousViolationsAsync(page)).ShouldBeEmpty("/staff/visits/new");
    }

    [Fact]
    public async Task The_public_pages_have_no_serious_violations_on_a_phone()
    {
        var page = await browser.NewPhonePageAsync(javaScript: true, bypassCsp: true);
        foreach (var url in new[] { "/", "/complaints/new", "/complaints/lookup" })
        {
            await page.GotoAsync(url);
            (await SeriousViolationsAsync(page)).ShouldBeEmpty(url);
        }
    }

    private async Task<string> SchoolCodeAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var schoolId = await db.Set<User>().IgnoreQueryFilters().Where(u => u.UserName == "jlp-school").Select(u => u.OrgRefId).SingleAsync();
        return await db.Set<School>().IgnoreQueryFilters().Where(s => s.Id == schoolId).Select(s => s.Code).SingleAsync();
    }

    private static async Task<List<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeFile });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run()).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))");
        return violations.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} @ {string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))}")
            .ToList();
    }
}
