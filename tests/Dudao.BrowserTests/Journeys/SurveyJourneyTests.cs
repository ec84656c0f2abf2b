using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using QRCoder;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class SurveyJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task On_a_phone_without_script_a_parent_opens_the_url_the_qr_code_encodes_answers_and_cannot_answer_twice()
    {
        using var api = new HttpClient { BaseAddress = new Uri(browser.App.BaseAddress) };
        var login = await api.PostAsJsonAsync("/api/auth/login", new { userName = "jlp-admin", password = StaffSteps.DemoPassword });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        var created = await api.PostAsJsonAsync("/api/surveys/rounds", new
        {
            regionCode = "500107", questionnaire = "shuangjian-monitoring", from = "2026-11-20", to = "2026-12-20", audiences = new[] { "parent" },
        });
        var roundId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var link = (await api.GetFromJsonAsync<JsonElement>($"/api/surveys/rounds/{roundId}/links"))[0];
        var url = link.GetProperty("url").GetString()!;

        // The QR image encodes exactly the URL the links API gives: rendered here from that URL, it is the same SVG.
        var svg = await api.GetStringAsync(link.GetProperty("qrSvgUrl").GetString());
        using (var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M))
        {
            svg.ShouldBe(new SvgQRCode(data).GetGraphic(8));
        }

        var page = await browser.NewPhonePageAsync(javaScript: false);
        await page.GotoAsync(url);
        await page.GetByLabel("三年级").CheckAsync();
        await page.Locator("input[name='q.Q02']").FillAsync("50");
        await page.Locator("input[name='q.Q03']").FillAsync("9.5");
        await page.Locator("input[name='q.Q04'][value='yes']").CheckAsync();
        await page.Locator("input[name='q.Q05'][value='no']").CheckAsync();
        foreach (var code in new[] { "Q06", "Q07", "Q11" }) await page.Locator($"input[name='q.{code}'][value='4']").CheckAsync();
        await page.GetByLabel("体育活动").CheckAsync();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "no sideways scrolling");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "dudao-survey-phone.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "提交问卷" }).ClickAsync();
        await Expect(page.GetByTestId("survey-received")).ToContainTextAsync("提交成功");

        await page.GotoAsync(url);
        await Expect(page.GetByTestId("survey-refusal")).ToContainTextAsync("每个浏览器只能提交一次");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "提交问卷" })).ToHaveCountAsync(0);
        var results = await api.GetFromJsonAsync<JsonElement>($"/api/surveys/rounds/{roundId}/results");
        results.GetProperty("figures").GetProperty("responses").GetInt32().ShouldBe(1);

        // What the office sees: the printable sheet and the results, at desktop size.
        var desk = await browser.NewPageAsync();
        await desk.SetViewportSizeAsync(1366, 900);
        await desk.LogInAsync("jlp-admin");
        await desk.GotoAsync($"/staff/surveys/{roundId}/sheet/{link.GetProperty("token").GetString()}");
        await Expect(desk.Locator("img.survey-qr")).ToBeVisibleAsync();
        (await desk.Locator("img.survey-qr").EvaluateAsync<int>("e => e.naturalWidth")).ShouldBeGreaterThan(0, "the QR image loads under the CSP");
        await desk.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "dudao-survey-sheet.png"), FullPage = true });
        await desk.GotoAsync($"/staff/surveys/{roundId}/results");
        await Expect(desk.GetByTestId("figures")).ToContainTextAsync("答卷数");
        await desk.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "dudao-survey-results.png"), FullPage = true });
    }
}
