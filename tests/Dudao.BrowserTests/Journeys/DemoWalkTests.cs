using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Dudao.BrowserTests.Journeys;

/// <summary>
/// Every page each demo account's menu offers, with the lived-in year, at desktop and phone size: each
/// opens without an error, and a screenshot of each is kept (bin/…/screenshots/walk) for a person to judge.
/// </summary>
[Collection(LivedInCollection.Name)]
public sealed partial class DemoWalkTests(LivedInBrowserFixture browser)
{
    private static readonly string[] Accounts = ["jlp-admin", "jlp-jck", "jlp-duxue", "jlp-school", "jlp-jg"];

    [Fact]
    public async Task Every_menu_page_of_every_demo_account_opens_without_an_error_at_desktop_and_phone_size()
    {
        var failures = new List<string>();
        var english = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var account in Accounts)
        {
            foreach (var phone in new[] { false, true })
            {
                var page = phone ? await browser.NewPhonePageAsync() : await browser.NewPageAsync();
                await page.LogInAsync(account);
                var links = await page.Locator("#staff-nav a[href^='/staff']").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
                foreach (var href in links.Prepend("/staff").Distinct())
                {
                    var response = await page.GotoAsync(href);
                    if (response is null || response.Status >= 400) failures.Add($"{account} {href}: {response?.Status}");
                    var text = await page.Locator("main").InnerTextAsync();
                    foreach (Match word in EnglishWord().Matches(text)) english.Add($"{href}: {word.Value}");
                    await page.ScreenshotAsync(Path.Combine("walk", $"{account}{href.Replace('/', '_')}{(phone ? "-phone" : "")}"));
                }
                await page.Context.CloseAsync();
            }
        }
        var publicPage = await browser.NewPhonePageAsync(javaScript: false);
        foreach (var href in new[] { "/", "/complaints/new", "/complaints/lookup" })
        {
            var response = await publicPage.GotoAsync(href);
            if (response is null || response.Status >= 400) failures.Add($"public {href}: {response?.Status}");
            await publicPage.ScreenshotAsync(Path.Combine("walk", $"public{href.Replace('/', '_')}-phone"));
        }
        await File.WriteAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", "walk", "english.txt"), english);
        failures.ShouldBeEmpty();
    }

    /// <summary>Latin words of three letters or more, for a person to check none is a label left in English.</summary>
    [GeneratedRegex("[A-Za-z][A-Za-z_]{2,}")]
    private static partial Regex EnglishWord();
}
