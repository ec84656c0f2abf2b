using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class FilingJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_institution_files_its_fees_on_a_phone_the_training_department_approves_and_the_public_page_shows_them()
    {
        var course = "少儿篮球基础班" + Guid.NewGuid().ToString("N")[..4];

        // The institution, on its phone, files the fee standard of a course.
        var phone = await browser.NewPhonePageAsync();
        await phone.LogInAsync("jlp-jg");
        await phone.GotoAsync("/staff/training");
        await phone.GetByRole(AriaRole.Link, new() { Name = "新建收费标准备案" }).ClickAsync();
        await phone.GetByLabel("课程名称").FillAsync(course);
        await phone.GetByLabel("第1项收费项目").FillAsync("学期课程费");
        await phone.GetByLabel("第1项价格").FillAsync("1600");
        await phone.GetByLabel("第1项课时数").FillAsync("20");
        (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "no sideways scrolling");
        await phone.ScreenshotAsync("filing-form-phone");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交备案" }).ClickAsync();
        await Expect(phone.GetByTestId("filing-status")).ToHaveTextAsync("待审核");
        var institution = (await phone.Locator("dt:text-is('机构') + dd").TextContentAsync())!.Trim();
        await phone.ScreenshotAsync("filing-submitted-phone");

        // The county's 校外培训监管科 finds it in its queue and approves it.
        var desk = await browser.NewPageAsync();
        await desk.SetViewportSizeAsync(1366, 900);
        await desk.LogInAsync("jlp-pxjg");
        await desk.Locator("#staff-nav").GetByRole(AriaRole.Link, new() { Name = "机构备案审核" }).ClickAsync();
        await desk.GetByRole(AriaRole.Link, new() { Name = course }).ClickAsync();
        await Expect(desk.Locator("#review")).ToContainTextAsync("审核");
        await desk.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await Expect(desk.GetByTestId("filing-status")).ToHaveTextAsync("已通过");
        await desk.ScreenshotAsync("filing-approved-desktop");

        // A parent, on a phone without script, finds the institution and its filed fee.
        var parent = await browser.NewPhonePageAsync(javaScript: false);
        await parent.GotoAsync("/public/institutions?q=" + Uri.EscapeDataString(institution));
        await parent.GetByRole(AriaRole.Link, new() { Name = institution }).First.ClickAsync();
        await Expect(parent.Locator("#fees")).ToContainTextAsync($"{course} · 学期课程费：1600 元 / 20 课时");
        await parent.ScreenshotAsync("public-fees-phone");
    }
}
