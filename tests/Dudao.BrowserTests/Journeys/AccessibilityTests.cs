using System.Text.Json;
using Microsoft.Playwright;

namespace Dudao.BrowserTests.Journeys;

/// <summary>axe-core, served by the app from npm, run inside the page: no critical violations.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_login_page_and_staff_pages_have_no_critical_violations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/login");
        (await CriticalViolationsAsync(page)).ShouldBeEmpty();

        await page.LogInAsync("jlp-admin");
        (await CriticalViolationsAsync(page)).ShouldBeEmpty();

        foreach (var url in new[] { "/staff/users", "/staff/users/new?kind=school", "/staff/audit", "/staff/logins" })
        {
            await page.GotoAsync(url);
            (await CriticalViolationsAsync(page)).ShouldBeEmpty(url);
        }
    }

    [Fact]
    public async Task The_public_complaint_pages_have_no_critical_violations_on_a_phone()
    {
        var page = await browser.NewPhonePageAsync(javaScript: true);
        foreach (var url in new[] { "/complaints/new", "/complaints/lookup" })
        {
            await page.GotoAsync(url);
            (await CriticalViolationsAsync(page)).ShouldBeEmpty(url);
        }
    }

    private static async Task<List<string>> CriticalViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Url = "/lib/axe-core/axe.min.js" });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run()).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help }))");
        return violations.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() == "critical")
            .Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()}")
            .ToList();
    }
}
