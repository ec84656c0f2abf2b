using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class RegionTreeJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_city_account_sees_chongqing_s_38_districts_and_counties_in_coverage()
    {
        var page = await browser.NewPageAsync();
        await page.LogInAsync("admin");
        await page.GotoAsync("/staff/coverage");

        var rows = page.Locator("tr[data-id]");
        await Expect(rows).ToHaveCountAsync(38);
        await Expect(page.Locator("tr[data-id='500107']")).ToContainTextAsync("九龙坡区");
        await Expect(page.Locator("tr[data-id='500243']")).ToContainTextAsync("彭水苗族土家族自治县");
        await Expect(page.Locator("tr[data-id='500100']")).ToHaveCountAsync(0);
        await Expect(page.GetByText("市辖区")).ToHaveCountAsync(0);

        // A district's row leads to its own coverage.
        await page.Locator("tr[data-id='500106'] a").First.ClickAsync();
        await Expect(page.Locator("h2.h3")).ToContainTextAsync("沙坪坝区");
        await page.LogOutAsync();
    }
}
