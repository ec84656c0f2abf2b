using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class StaffJourneyTests(BrowserFixture browser)
{
    private static readonly string[] ImportHeaders = ["学校标识码", "学校名称", "学校类型", "办学性质", "行政区划代码", "督导责任区", "学生数", "教师数"];

    [Fact]
    public async Task A_county_admin_logs_in_searches_a_school_and_logs_out()
    {
        var page = await browser.NewPageAsync();
        await page.LogInAsync("jlp-admin");
        await Expect(page.GetByTestId("home-unit")).ToHaveTextAsync("九龙坡区 督导室");

        var rows = await page.SearchSchoolsAsync("杨家坪");
        await Expect(rows.Filter(new() { HasText = "重庆市九龙坡区杨家坪小学校" })).ToHaveCountAsync(1);
        await page.ScreenshotAsync("jlp-admin-school-search");
        await page.LogOutAsync();
    }

    [Fact]
    public async Task A_county_admin_fixes_a_refused_import_and_finds_the_school_in_the_list()
    {
        var page = await browser.NewPageAsync();
        var (code, name) = await ImportWithOneBadRowThenFixedAsync(page);
        var rows = await page.SearchSchoolsAsync(code);
        await Expect(rows.Filter(new() { HasText = name })).ToHaveCountAsync(1);
        await page.LogOutAsync();
    }

    /// <summary>Logs in, imports a sheet whose one row has a bad school type, reads the Chinese row error, fixes it and imports again.</summary>
    private static async Task<(string Code, string Name)> ImportWithOneBadRowThenFixedAsync(IPage page)
    {
        var code = "2150" + Random.Shared.Next(0, 999999).ToString("000000", CultureInfo.InvariantCulture);
        var name = $"浏览器导入小学{code[^6..]}";
        await page.LogInAsync("jlp-admin");

        await page.ImportSchoolsAsync(Workbook.Build(ImportHeaders, [code, name, "大学", "公办", "500107", "第一责任区", 320, 24]));
        var errors = page.Locator("table:has(th:text-is('问题')) tbody tr");
        await Expect(errors).ToHaveCountAsync(1);
        var cells = await errors.First.Locator("td").AllTextContentsAsync();
        cells[0].ShouldBe("2");
        cells[1].ShouldBe("学校类型");
        cells[2].ShouldContain("学校类型应为");
        await page.ScreenshotAsync("school-import-row-error");

        await page.ImportSchoolsAsync(Workbook.Build(ImportHeaders, [code, name, "小学", "公办", "500107", "第一责任区", 320, 24]));
        await Expect(page.GetByTestId("import-result")).ToContainTextAsync("新增 1 条");
        return (code, name);
    }
}
