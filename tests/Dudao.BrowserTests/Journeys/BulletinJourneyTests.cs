using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

/// <summary>The county office opens the quarterly bulletin from 报表与通报 and downloads it as a Word document.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BulletinJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_county_office_opens_the_quarterly_bulletin_and_downloads_it()
    {
        var desk = await browser.NewPageAsync();
        await desk.LogInAsync("jlp-admin");
        await desk.GotoAsync("/staff/reports");
        await desk.Locator("#bulletin-link").ClickAsync();
        await desk.WaitForURLAsync("**/staff/reports/bulletin*");
        await Expect(desk.Locator("#bulletin-ranking")).ToBeVisibleAsync();
        await desk.ScreenshotAsync("bulletin-desktop");

        var download = await desk.RunAndWaitForDownloadAsync(() => desk.Locator("#bulletin-download").ClickAsync());
        download.SuggestedFilename.ShouldStartWith("季度通报-");
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".docx");
        await download.SaveAsAsync(path);
        try
        {
            using var doc = WordprocessingDocument.Open(path, false);
            var text = doc.MainDocumentPart!.Document.Body!.InnerText;
            text.ShouldStartWith("重庆市九龙坡区人民政府教育督导室");
            text.ShouldContain("季度“双减”工作情况的通报");
            text.ShouldContain("学校排名");
        }
        finally
        {
            File.Delete(path);
        }

        var phone = await browser.NewPhonePageAsync();
        await phone.LogInAsync("jlp-admin");
        await phone.GotoAsync("/staff/reports/bulletin");
        await Expect(phone.Locator("#bulletin-issue")).ToBeVisibleAsync();
        await phone.ScreenshotAsync("bulletin-phone");
    }
}
