using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class PublicInstitutionJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_parent_on_a_phone_without_script_finds_an_institution_by_name_and_sees_its_licence()
    {
        var page = await browser.NewPhonePageAsync(javaScript: false);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "白名单" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "校外培训机构查询" })).ToBeVisibleAsync();

        await page.GetByLabel("机构名称或统一社会信用代码").FillAsync("启航艺术");
        await page.GetByLabel("全部").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "九龙坡区启航艺术培训中心" }).First.ClickAsync();

        await Expect(page.Locator("#institution-name")).ToHaveTextAsync("九龙坡区启航艺术培训中心");
        await Expect(page.Locator("#institution-facts")).ToContainTextAsync("证照齐全");
        await Expect(page.Locator("#complain")).ToBeVisibleAsync();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "no sideways scrolling");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "dudao-public-institution-phone.png"), FullPage = true });

        await page.GotoAsync("/public/institutions?q=%E5%90%AF%E8%88%AA");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "dudao-public-institutions-phone.png"), FullPage = true });
    }
}

[Collection(BrowserCollection.Name)]
public sealed class RegistryJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_training_department_records_a_step_and_reads_the_reduction_figures()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 900);
        await page.LogInAsync("jlp-pxjg");
        await page.GotoAsync("/staff/institutions?q=%E6%98%9F%E8%BE%B0");
        await page.GetByRole(AriaRole.Link, new() { Name = "状态变更" }).First.ClickAsync();
        await page.GetByLabel("变更为").SelectOptionAsync("停办");
        await page.GetByLabel("原因或依据").FillAsync("场地消防不合格，责令停止办学整改");
        await page.GetByRole(AriaRole.Button, new() { Name = "记录变更" }).ClickAsync();
        await Expect(page.Locator("#current-status")).ToHaveTextAsync("停办");
        await Expect(page.Locator("#institution-history")).ToContainTextAsync("正常 → 停办");
        await page.ScreenshotAsync("lifecycle-desktop");

        await page.GotoAsync("/staff/institutions/reduction");
        await Expect(page.Locator("#reduction-figures")).ToContainTextAsync("压减学科类机构");
        await page.ScreenshotAsync("reduction-desktop");
    }
}
