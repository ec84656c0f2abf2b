using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class RectificationJourneyTests(BrowserFixture browser)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task The_school_submits_plan_and_evidence_the_inspector_verifies_and_the_problem_leaves_the_open_ledger()
    {
        var description = $"三年级书面作业超时 {Guid.NewGuid().ToString("N")[..8]}";
        var page = await browser.NewPageAsync();

        await page.LogInAsync("jlp-admin");
        await page.OpenLedgerAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "登记问题" }).ClickAsync();
        await page.GetByLabel("对象类型").SelectOptionAsync("school");
        await page.GetByLabel("学校标识码或统一社会信用代码").FillAsync(await SchoolCodeAsync());
        await page.GetByLabel("问题类别").FillAsync("作业管理");
        await page.GetByLabel("问题描述").FillAsync(description);
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/problems?saved=true");
        await Expect(page.Locator("#ledger").GetByRole(AriaRole.Link, new() { Name = description })).ToBeVisibleAsync();
        await page.LogOutAsync();

        await page.LogInAsync("jlp-school");
        await page.OpenProblemAsync(description);
        await page.GetByLabel("整改措施、责任人和完成时限").FillAsync("教务处每周抽查作业时长，超时年级通报");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交整改方案" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("整改方案已提交");
        await page.GetByLabel("整改完成情况").FillAsync("已建立作业公示和抽查制度");
        await page.GetByLabel("佐证材料", new() { Exact = false }).SetInputFilesAsync(new FilePayload { Name = "作业公示.png", MimeType = "image/png", Buffer = Png });
        await page.GetByRole(AriaRole.Button, new() { Name = "提交整改佐证" }).ClickAsync();
        await Expect(page.Locator("#problem-summary")).ToContainTextAsync("待核验");
        await Expect(page.Locator("#problem-history")).ToContainTextAsync("作业公示.png");
        await page.ScreenshotAsync("school-evidence-submitted");
        await page.LogOutAsync();

        await page.LogInAsync("jlp-duxue");
        await page.OpenProblemAsync(description);
        await page.GetByLabel("通过，销号").CheckAsync();
        // 核验销号 asks for confirmation in a dialog first.
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交核验结果" }).ClickAsync();
        await Expect(page.Locator("#problem-summary")).ToContainTextAsync("已销号");
        await page.OpenLedgerAsync();
        await Expect(page.Locator("#ledger").GetByRole(AriaRole.Link, new() { Name = description })).ToHaveCountAsync(0);
        await page.LogOutAsync();
    }

    private async Task<string> SchoolCodeAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var schoolId = await db.Set<User>().IgnoreQueryFilters().Where(u => u.UserName == "jlp-school").Select(u => u.OrgRefId).SingleAsync();
        return await db.Set<School>().IgnoreQueryFilters().Where(s => s.Id == schoolId).Select(s => s.Code).SingleAsync();
    }
}

internal static class RectificationSteps
{
    /// <summary>Opens 问题整改 from the navigation: the open ledger, everything not yet struck off.</summary>
    public static async Task OpenLedgerAsync(this IPage page)
    {
        await page.Locator("#staff-nav").GetByRole(AriaRole.Link, new() { Name = "问题整改" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/problems");
    }

    public static async Task OpenProblemAsync(this IPage page, string description)
    {
        await page.OpenLedgerAsync();
        await page.Locator("#ledger").GetByRole(AriaRole.Link, new() { Name = description }).ClickAsync();
        await page.WaitForURLAsync("**/staff/problems/*");
    }
}
