using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

/// <summary>The top bar's search leads staff to a school's 一校一档; a school finds its own from the menu, on a phone too.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProfileJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_office_searches_from_the_top_bar_and_opens_a_schools_profile()
    {
        var page = await browser.NewPageAsync();
        await page.LogInAsync("jlp-admin");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "全站查找" }).FillAsync("小学");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/staff/search?q=*");
        var first = page.Locator("[data-testid=search-school] a").First;
        var name = (await first.Locator(".fw-bold").InnerTextAsync()).Trim();
        await page.ScreenshotAsync("search-results-desktop");
        await first.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(name);
        await Expect(page.Locator("[data-testid=dossier-registry]")).ToBeVisibleAsync();
        await page.ScreenshotAsync("school-profile-desktop");
    }

    [Fact]
    public async Task A_school_opens_its_own_profile_from_the_menu_on_a_phone()
    {
        var phone = await browser.NewPhonePageAsync();
        await phone.LogInAsync("jlp-school");
        await phone.GetByRole(AriaRole.Button, new() { Name = "展开导航" }).ClickAsync();
        await Expect(phone.Locator("#staff-nav")).Not.ToContainTextAsync("督学与挂牌");
        await Expect(phone.Locator("#staff-nav")).Not.ToContainTextAsync("建设中");
        await phone.GetByRole(AriaRole.Link, new() { Name = "本单位档案" }).ClickAsync();
        await phone.WaitForURLAsync("**/staff/schools/*");
        await Expect(phone.Locator("[data-testid=dossier-inspectors]")).ToBeVisibleAsync();
        (await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the profile fits the phone's width");
        await phone.ScreenshotAsync("school-profile-phone");

        var office = await browser.NewPhonePageAsync();
        await office.LogInAsync("jlp-admin");
        await office.GotoAsync("/staff/search?q=%E5%B0%8F%E5%AD%A6");
        (await office.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the results fit the phone's width");
        await office.ScreenshotAsync("search-results-phone");
    }
}
