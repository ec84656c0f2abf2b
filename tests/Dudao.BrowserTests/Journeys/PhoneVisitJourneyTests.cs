using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class PhoneVisitJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_inspector_records_a_visit_with_two_findings_on_a_phone_and_the_office_sees_coverage_rise_and_two_new_problems()
    {
        var office = await browser.NewPageAsync();
        await office.LogInAsync("jlp-admin");
        await office.GotoAsync("/staff/coverage?month=2026-11");
        var before = int.Parse(await office.Locator("#coverage-visited").InnerTextAsync(), CultureInfo.InvariantCulture);

        var phone = await browser.NewPhonePageAsync();
        await phone.LogInAsync("jlp-duxue");
        await phone.GotoAsync("/staff/coverage");
        var school = phone.Locator("#my-coverage li").First;
        var schoolName = (await school.Locator(".target-name").InnerTextAsync()).Trim();
        await school.GetByRole(AriaRole.Link, new() { Name = "去督导" }).ClickAsync();
        await phone.WaitForURLAsync("**/staff/visits/new?*");
        await Expect(phone.Locator("#visit-target")).ToHaveTextAsync(schoolName);

        await phone.GetByText("校园巡查").ClickAsync();
        await phone.GetByText("查阅资料").ClickAsync();
        await phone.Locator("details summary", new() { HasTextString = "A2 " }).ClickAsync();
        var c8 = phone.Locator(".checklist-item[data-code=C8]");
        await c8.Locator("label", new() { HasTextString = "不符合" }).ClickAsync();
        var c10 = phone.Locator(".checklist-item[data-code=C10]");
        await c10.Locator("input[inputmode=decimal]").Nth(0).FillAsync("0");
        await c10.Locator("input[inputmode=decimal]").Nth(1).FillAsync("70");
        await c10.Locator("input[inputmode=decimal]").Nth(2).FillAsync("85");
        await phone.GetByLabel("问题 1", new() { Exact = true }).FillAsync("四年级书面作业日均约70分钟");
        await phone.GetByLabel("问题 1 严重程度").SelectOptionAsync("high");
        await phone.GetByLabel("问题 1 指标编码").FillAsync("C10");
        await phone.GetByLabel("问题 2", new() { Exact = true }).FillAsync("作业公示栏未更新");
        await phone.GetByLabel("基本情况").FillAsync("巡查校园，查阅作业记录。");
        await phone.GetByLabel("当场反馈").FillAsync("已向分管副校长当场反馈。");
        (await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the form fits the phone's width");
        await phone.ScreenshotAsync("phone-visit-form");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交督导记录" }).ClickAsync();
        await phone.WaitForURLAsync("**/staff/visits/*?saved=true");
        await Expect(phone.Locator("#findings li")).ToHaveCountAsync(2);
        await phone.ScreenshotAsync("phone-visit-saved");

        await office.ReloadAsync();
        await Expect(office.Locator("#coverage-visited")).ToHaveTextAsync((before + 1).ToString(CultureInfo.InvariantCulture));
        await office.GotoAsync("/staff/visits");
        await office.Locator("table tbody tr", new() { HasTextString = schoolName }).First.GetByRole(AriaRole.Link, new() { Name = schoolName, Exact = true }).ClickAsync();
        await Expect(office.Locator("#findings li")).ToHaveCountAsync(2);
        await Expect(office.Locator("#findings")).ToContainTextAsync("待整改");
        await Expect(office.Locator("#findings")).ToContainTextAsync("四年级书面作业日均约70分钟");
    }
}
