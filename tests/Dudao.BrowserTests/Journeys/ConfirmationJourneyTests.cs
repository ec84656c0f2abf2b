using System.Net.Http.Json;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

/// <summary>Irreversible steps ask first: a dialog with script, a box to tick without (ADR-083).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConfirmationJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task With_script_a_dialog_asks_before_a_complaint_is_closed_and_cancelling_it_closes_nothing()
    {
        var id = await ReportAsync();
        var page = await browser.NewPageAsync();
        var questions = new List<string>();
        var answer = false;
        page.Dialog += async (_, dialog) =>
        {
            questions.Add(dialog.Message);
            if (answer) await dialog.AcceptAsync();
            else await dialog.DismissAsync();
        };
        await page.LogInAsync("jlp-admin");
        await page.GotoAsync($"/staff/complaints/{id}");
        await Expect(page.Locator("#accept-form [data-confirm-box]")).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("待受理");
        questions.ShouldHaveSingleItem().ShouldContain("确认受理");
        answer = true;
        await page.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("办理中");

        await InvestigateAndReplyAsync(page);
        answer = false;
        await page.GetByRole(AriaRole.Button, new() { Name = "办结", Exact = true }).ClickAsync();
        questions[^1].ShouldContain("确认办结");
        await Expect(page.GetByTestId("status")).ToContainTextAsync("办理中");
        await page.ScreenshotAsync("complaint-before-close-desktop");
        answer = true;
        await page.GetByRole(AriaRole.Button, new() { Name = "办结", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("已办结");
        (await StatusAsync(id)).ShouldBe(ComplaintStatuses.Closed);
    }

    [Fact]
    public async Task Without_script_on_a_phone_办结_needs_the_box_ticked_first()
    {
        var id = await ReportAsync();
        var page = await browser.NewPhonePageAsync(javaScript: false);
        await page.LogInAsync("jlp-admin");
        await page.GotoAsync($"/staff/complaints/{id}");
        await page.GetByLabel("确认受理（不能撤回）").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("办理中");
        await InvestigateAndReplyAsync(page);

        var close = page.GetByRole(AriaRole.Button, new() { Name = "办结", Exact = true });
        await close.ClickAsync();
        // The browser refuses the submit while the required box is not ticked.
        (await page.Locator("#close-form input[name=confirmed]").EvaluateAsync<bool>("box => box.validity.valueMissing")).ShouldBeTrue();
        (await StatusAsync(id)).ShouldBe(ComplaintStatuses.Accepted);
        (await close.BoundingBoxAsync())!.Width.ShouldBeLessThanOrEqualTo(390);
        await page.Locator("#close-form").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("complaint-before-close-phone");
        await page.GetByLabel("确认办结（办结后不能再办理）").CheckAsync();
        await close.ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("已办结");
    }

    private static async Task InvestigateAndReplyAsync(IPage page)
    {
        await page.GetByLabel("核查日期").FillAsync("2026-11-22");
        await page.GetByLabel("核查方式").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("核查结论").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("调查核实情况", new() { Exact = true }).FillAsync("实地核查，情况属实，已责令整改。");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存核查记录" }).ClickAsync();
        await page.GetByLabel("答复内容（举报人凭回执码可见）").FillAsync("经查属实，已责令停止违规培训。");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存答复" }).ClickAsync();
        await Expect(page.GetByTestId("reply")).ToHaveTextAsync("经查属实，已责令停止违规培训。");
    }

    /// <summary>A public report about a new target in 九龙坡区, and its id.</summary>
    private async Task<string> ReportAsync()
    {
        var target = $"确认测试培训班{Guid.NewGuid().ToString("N")[..8]}";
        using var client = new HttpClient { BaseAddress = new Uri(browser.App.BaseAddress) };
        (await client.PostAsJsonAsync("/api/public/complaints", new
        {
            targetKind = "other", targetName = target, regionCode = "500107", category = "违规学科类培训",
            content = "周末在小区会所开设初中数学学科类培训班，每次三小时。", anonymous = true,
        })).EnsureSuccessStatusCode();
        using var scope = browser.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Complaint>().IgnoreQueryFilters()
            .Where(c => c.TargetName == target).Select(c => c.Id).SingleAsync();
    }

    private async Task<string> StatusAsync(string id)
    {
        using var scope = browser.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Complaint>().IgnoreQueryFilters()
            .Where(c => c.Id == id).Select(c => c.Status).SingleAsync();
    }
}
