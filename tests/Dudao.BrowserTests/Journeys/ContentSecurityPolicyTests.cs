using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

/// <summary>The Content-Security-Policy as Chromium enforces it: nothing a page or the API reference needs is refused.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Staff_pages_and_the_api_reference_run_without_a_policy_violation()
    {
        var page = await browser.NewPageAsync();
        // Chromium reports every refused script, style or handler on the console.
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add($"{page.Url}: {message.Text}");
        };

        var login = await page.GotoAsync("/login");
        var headers = await login!.AllHeadersAsync();
        headers["content-security-policy"].ShouldContain("script-src 'self'");
        headers.ShouldNotContainKey("server");

        await page.LogInAsync("jlp-admin");
        foreach (var url in new[] { "/staff/coverage", "/staff/coverage/heatmap", "/staff/settings", "/staff/audit", "/complaints/new" })
        {
            await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        await page.GotoAsync("/api-docs/");
        // Swagger UI renders the whole document, which takes a while on a busy machine.
        await Expect(page.Locator(".swagger-ui .info .title")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.Locator(".swagger-ui .opblock").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        violations.ShouldBeEmpty();
    }
}
