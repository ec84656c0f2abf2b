using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class EscalationFormJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_office_picks_level_and_school_by_name_and_with_script_the_form_shows_the_fields_of_the_level_chosen()
    {
        var page = await browser.NewPhonePageAsync();
        await page.LogInAsync("jlp-admin");
        await page.GotoAsync("/staff/escalations/new");
        await page.GetByLabel("级别").SelectOptionAsync("listed");
        await page.GetByLabel("对象类型").SelectOptionAsync("school");
        await page.GetByLabel("对象名称", new() { Exact = false }).FillAsync("杨家坪");
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await page.ScreenshotAsync("escalation-target-results-phone");
        await page.Locator("#target-results a").First.ClickAsync();

        await Expect(page.Locator("#escalation-target")).ToContainTextAsync("杨家坪");
        await Expect(page.GetByLabel("督办要求")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("约谈地点")).ToBeHiddenAsync();
        await page.ScreenshotAsync("escalation-form-listed-phone");
        await page.Locator("#Input-Level").SelectOptionAsync("interview");
        await Expect(page.GetByLabel("约谈地点")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("督办要求")).ToBeHiddenAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await page.ScreenshotAsync("escalation-form-interview-desktop");
    }
}
