using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

/// <summary>What a staff member does in the browser, one step at a time, found by the labels and names they see.</summary>
internal static class StaffSteps
{
    public const string DemoPassword = "Dudao@2026";

    public static async Task LogInAsync(this IPage page, string userName)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/staff");
    }

    public static async Task LogOutAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await page.WaitForURLAsync("**/login");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作人员登录" })).ToBeVisibleAsync();
    }

    /// <summary>Opens 学校 from the navigation and searches the list; returns the rows shown.</summary>
    public static async Task<ILocator> SearchSchoolsAsync(this IPage page, string text)
    {
        await page.Locator("#staff-nav").GetByRole(AriaRole.Link, new() { Name = "学校", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/staff/schools");
        await page.GetByLabel("搜索").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/schools?*");
        return page.Locator("table tbody tr");
    }

    /// <summary>Uploads a workbook on the import page and submits it.</summary>
    public static async Task ImportSchoolsAsync(this IPage page, byte[] workbook)
    {
        await page.GotoAsync("/staff/schools/import");
        await page.GetByLabel("Excel 文件").SetInputFilesAsync(new FilePayload
        {
            Name = "学校名录.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = workbook,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "导入", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    public static Task ScreenshotAsync(this IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
    }
}
