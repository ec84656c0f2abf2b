using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

/// <summary>A school fills its quarterly return on a phone and submits it; the county sees it in on time.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReturnJourneyTests(BrowserFixture browser)
{
    private const string QuarterlySummary = "f0000000000000000000000000000002";

    [Fact]
    public async Task A_school_fills_and_submits_its_quarterly_return_and_the_county_sees_it_on_time()
    {
        var phone = await browser.NewPhonePageAsync();
        await phone.LogInAsync("jlp-school");
        await phone.GotoAsync($"/staff/returns?formId={QuarterlySummary}&period=2026Q4");
        await phone.ScreenshotAsync("returns-school-list-phone");
        await phone.Locator("#returns").GetByRole(AriaRole.Link, new() { Name = "“双减”督导季度总结及问题清单" }).ClickAsync();
        await phone.WaitForURLAsync("**/staff/returns/*");
        await phone.GetByLabel("工作开展情况").FillAsync("落实作业公示，课后服务每周5天。");
        await phone.GetByLabel("亮点").FillAsync("社团活动丰富。");
        await phone.GetByLabel("问题和不足").FillAsync("个别班级作业偏多。");
        await phone.GetByLabel("下一步打算").FillAsync("加强年级组统筹。");
        await phone.GetByLabel("本季度报送优秀案例（篇）").FillAsync("一");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await Expect(phone.Locator("[data-field=excellentCases] .field-error")).ToContainTextAsync("应为整数");
        await phone.ScreenshotAsync("return-field-error-phone");
        await phone.GetByLabel("本季度报送优秀案例（篇）").FillAsync("1");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await Expect(phone.Locator("#return-timeliness")).ToContainTextAsync("按时");
        var url = phone.Url;

        var desk = await browser.NewPageAsync();
        await desk.LogInAsync("jlp-admin");
        await desk.GotoAsync($"/staff/returns?status=submitted&formId={QuarterlySummary}");
        await Expect(desk.Locator("#returns tbody tr").First).ToContainTextAsync("按时");
        await desk.ScreenshotAsync("returns-review-queue-desktop");
        await desk.GotoAsync(url);
        await Expect(desk.Locator("#return-timeliness")).ToContainTextAsync("按时");
        await desk.ScreenshotAsync("return-review-desktop");
        await desk.GotoAsync($"/staff/returns/completeness?formId={QuarterlySummary}&period=2026Q4");
        await Expect(desk.Locator("[data-figure=onTime]")).ToHaveTextAsync("1");
        await desk.ScreenshotAsync("returns-completeness-desktop");
    }
}
