using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class PublicReceiptJourneyTests(BrowserFixture browser)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task On_a_phone_the_name_lookup_keeps_the_chosen_file_and_the_receipt_code_fits_the_screen_with_a_copy_button()
    {
        var page = await browser.NewPhonePageAsync(javaScript: true);
        await page.GotoAsync("/complaints/new");
        await page.GetByLabel("校外培训机构").CheckAsync();
        await page.GetByLabel("被举报对象所在区县").SelectOptionAsync(new SelectOptionValue { Label = "九龙坡区" });
        await page.GetByLabel("被举报对象名称").FillAsync("启航艺术");
        await page.GetByLabel("证据材料（可选）").SetInputFilesAsync(new FilePayload { Name = "收据.png", MimeType = "image/png", Buffer = Png });

        await page.GetByRole(AriaRole.Button, new() { Name = "查找登记名称" }).ClickAsync();
        await page.GetByLabel("九龙坡区启航艺术培训中心（校外培训机构）").CheckAsync();
        (await page.Locator("#evidence").EvaluateAsync<int>("e => e.files.length")).ShouldBe(1, "the lookup must not post the form and drop the chosen file");

        await page.GetByLabel("举报内容").FillAsync("该机构以艺术培训名义，周末给小学生上语文和数学课。");
        await page.GetByLabel("举报类别").SelectOptionAsync("隐形变异培训");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交举报" }).ClickAsync();

        var code = page.GetByTestId("receipt-code");
        await Expect(code).ToBeVisibleAsync();
        var box = (await code.BoundingBoxAsync())!;
        (box.X + box.Width).ShouldBeLessThanOrEqualTo(390);
        (await code.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth")).ShouldBeTrue("the code wraps inside its box");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "no sideways scrolling");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "dudao-receipt-phone.png") });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "复制回执码" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_phone_without_script_a_file_chosen_before_the_name_lookup_is_listed_and_reaches_the_complaint()
    {
        var page = await browser.NewPhonePageAsync(javaScript: false);
        var target = $"无脚本证据培训班{Guid.NewGuid().ToString("N")[..8]}";
        await page.GotoAsync("/complaints/new");
        await page.GetByLabel("校外培训机构").CheckAsync();
        await page.GetByLabel("被举报对象所在区县").SelectOptionAsync(new SelectOptionValue { Label = "九龙坡区" });
        await page.GetByLabel("被举报对象名称").FillAsync(target);
        await page.GetByLabel("证据材料（可选）").SetInputFilesAsync(new FilePayload { Name = "收据.png", MimeType = "image/png", Buffer = Png });

        await page.GetByRole(AriaRole.Button, new() { Name = "查找登记名称" }).ClickAsync();
        await Expect(page.GetByTestId("suggestions")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("held-evidence")).ToContainTextAsync("已选择：收据.png");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "移除收据.png" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "dudao-held-evidence-phone.png"), FullPage = true });

        await page.GetByLabel("举报内容").FillAsync("该机构周末给小学生上语文和数学课，每次收费一百八十元。");
        await page.GetByLabel("举报类别").SelectOptionAsync("隐形变异培训");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交举报" }).ClickAsync();
        await Expect(page.GetByTestId("receipt-code")).ToBeVisibleAsync();

        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.Set<Complaint>().IgnoreQueryFilters().Where(c => c.TargetName == target).Select(c => c.Id).SingleAsync();
        (await db.Set<StoredFile>().IgnoreQueryFilters().Where(f => f.OwnerKind == "complaint" && f.OwnerId == id).Select(f => f.FileName).ToListAsync())
            .ShouldBe(["收据.png"]);
    }
}
