using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

/// <summary>The dashboard: a county office drills down from its county to a zone and a school's 一校一档; the city compares its counties.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_county_office_opens_the_dashboard_and_drills_down_to_a_school()
    {
        var page = await browser.NewPageAsync();
        await page.LogInAsync("jlp-admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "报表与通报" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/reports");
        await Expect(page.Locator("#dashboard-title")).ToContainTextAsync("九龙坡区");
        await Expect(page.Locator("#trend-table tbody tr")).ToHaveCountAsync(12);
        // The trend chart is drawn from the table beside it.
        await Expect(page.Locator("[data-table=trend-table] svg")).ToBeVisibleAsync();
        await page.ScreenshotAsync("dashboard-county-desktop");

        await page.Locator("#zones-table a").First.ClickAsync();
        await page.WaitForURLAsync("**/staff/reports?*zone=*");
        var school = page.Locator("#schools-table tbody a").First;
        var name = (await school.InnerTextAsync()).Trim();
        await page.ScreenshotAsync("dashboard-zone-desktop");
        await school.ClickAsync();
        await page.WaitForURLAsync("**/staff/schools/*");
        await Expect(page.Locator("h1")).ToHaveTextAsync(name);
    }

    [Fact]
    public async Task The_city_compares_its_counties_on_a_phone_and_prints()
    {
        var phone = await browser.NewPhonePageAsync();
        await phone.LogInAsync("admin");
        await phone.GotoAsync("/staff/reports");
        await Expect(phone.Locator("#children-table tbody tr").First).ToBeVisibleAsync();
        await Expect(phone.Locator("[data-table=children-table] svg")).ToBeVisibleAsync();
        (await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the dashboard fits the phone's width");
        await phone.ScreenshotAsync("dashboard-city-phone");
        await phone.Locator("#children-table a", new() { HasText = "九龙坡区" }).ClickAsync();
        await Expect(phone.Locator("#region-path")).ToContainTextAsync("重庆市");
        await phone.GotoAsync("/staff/reports/print");
        await Expect(phone.Locator("#print-title")).ToContainTextAsync("重庆市");
        await phone.ScreenshotAsync("dashboard-print-phone");
    }
}
