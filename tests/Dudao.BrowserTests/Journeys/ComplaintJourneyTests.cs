using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class ComplaintJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_parent_reports_from_a_phone_without_script_keeps_the_receipt_and_looks_it_up()
    {
        var page = await browser.NewPhonePageAsync(javaScript: false);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "填写举报" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "我要举报" })).ToBeVisibleAsync();

        await page.GetByLabel("校外培训机构").CheckAsync();
        await page.GetByLabel("被举报对象所在区县").SelectOptionAsync(new SelectOptionValue { Label = "九龙坡区" });
        await page.GetByLabel("被举报对象名称").FillAsync("启航艺术");
        await page.GetByLabel("举报内容").FillAsync("该机构以艺术培训名义，周末给小学生上语文和数学课。");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找登记名称" }).ClickAsync();
        await page.GetByLabel("九龙坡区启航艺术培训中心（校外培训机构）").CheckAsync();
        await Expect(page.GetByLabel("举报内容")).ToHaveValueAsync("该机构以艺术培训名义，周末给小学生上语文和数学课。");
        await page.GetByLabel("举报类别").SelectOptionAsync("隐形变异培训");

        var submit = page.GetByRole(AriaRole.Button, new() { Name = "提交举报" });
        (await submit.BoundingBoxAsync())!.Width.ShouldBeLessThanOrEqualTo(390);
        await page.ScreenshotAsync("complaint-form-phone");
        await submit.ClickAsync();

        var code = (await page.GetByTestId("receipt-code").TextContentAsync())!.Trim();
        code.Replace("-", "", StringComparison.Ordinal).Length.ShouldBe(20);
        await page.ScreenshotAsync("complaint-receipt-phone");

        await page.GetByRole(AriaRole.Link, new() { Name = "查询办理进度" }).ClickAsync();
        await page.GetByLabel("举报回执码").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Expect(page.GetByTestId("lookup-status")).ToHaveTextAsync("待受理");
        await Expect(page.GetByTestId("lookup-reply")).ToHaveTextAsync("尚未答复");
        await page.ScreenshotAsync("complaint-lookup-phone");
    }
}
