using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dudao.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class PhoneVisitJourneyTests(BrowserFixture browser)
{
    /// <summary>The goal for a routine visit on a phone: at most 25 taps and 4 typed fields, two findings included.</summary>
    private const int TapBudget = 25;
    private const int TypedBudget = 4;

    [Fact]
    public async Task A_routine_visit_with_two_findings_takes_at_most_25_taps_and_4_typed_fields_on_a_phone_and_the_office_sees_it()
    {
        var office = await browser.NewPageAsync();
        await office.LogInAsync("jlp-admin");
        await office.GotoAsync("/staff/coverage?month=2026-11");
        var before = int.Parse(await office.Locator("#coverage-visited").InnerTextAsync(), CultureInfo.InvariantCulture);

        var phone = await browser.NewPhonePageAsync();
        var counter = await TapCounter.AttachAsync(phone);
        await phone.LogInAsync("jlp-duxue");
        await phone.GotoAsync("/staff/coverage");
        counter.Start();

        var school = phone.Locator("#my-coverage li").First;
        var schoolName = (await school.Locator(".target-name").InnerTextAsync()).Trim();
        await school.GetByRole(AriaRole.Link, new() { Name = "去督导" }).ClickAsync();
        await phone.WaitForURLAsync("**/staff/visits/new?*");
        await Expect(phone.Locator("#visit-target")).ToHaveTextAsync(schoolName);
        await Expect(phone.Locator("#answered-count")).ToHaveTextAsync("0");

        await phone.GetByText("校园巡查").ClickAsync();
        await phone.GetByText("查阅资料").ClickAsync();
        await phone.Locator("details summary", new() { HasTextString = "A2 " }).ClickAsync();
        await Item(phone, "C8").Locator("label", new() { HasTextString = "不符合" }).ClickAsync();
        await Item(phone, "C12").Locator("label", new() { HasTextString = "不符合" }).ClickAsync();
        var findings = phone.Locator("#findings-list .finding");
        await Expect(findings).ToHaveCountAsync(2);
        await Expect(findings.Nth(0).GetByLabel("问题 1 指标编码")).ToHaveValueAsync("C8");
        await Expect(findings.Nth(1).GetByLabel("问题 2 指标编码")).ToHaveValueAsync("C12");
        await Expect(findings.Nth(0).Locator("textarea")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^不符合：作业在校内公示"));

        var c10 = Item(phone, "C10").Locator("input[inputmode=decimal]");
        await c10.Nth(0).FillAsync("0");
        await c10.Nth(1).FillAsync("70");
        await c10.Nth(2).FillAsync("85");
        await phone.GetByRole(AriaRole.Button, new() { Name = "其余全部符合" }).First.ClickAsync();
        var total = await phone.Locator(".checklist-item").CountAsync();
        await Expect(phone.Locator("#answered-count")).ToHaveTextAsync(total.ToString(CultureInfo.InvariantCulture));
        await Expect(Item(phone, "C8").Locator("input[value=no]")).ToBeCheckedAsync();
        await phone.GetByLabel("问题 1 严重程度").SelectOptionAsync("high");
        await phone.GetByLabel("基本情况").FillAsync("巡查校园，查阅作业记录。");
        await Expect(phone.Locator("#draft-status")).ToContainTextAsync("草稿已保存");
        (await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the form fits the phone's width");
        await phone.ScreenshotAsync("phone-visit-form");

        await phone.GetByRole(AriaRole.Button, new() { Name = "提交督导记录" }).ClickAsync();
        await phone.WaitForURLAsync("**/staff/visits/*?saved=true");
        await Expect(phone.Locator("#findings li")).ToHaveCountAsync(2);
        await phone.ScreenshotAsync("phone-visit-saved");
        counter.Taps.ShouldBeLessThanOrEqualTo(TapBudget, $"taps: {counter.Taps}");
        counter.TypedFields.ShouldBeLessThanOrEqualTo(TypedBudget, $"typed fields: {counter.TypedFields}");
        (counter.Taps + counter.TypedFields).ShouldBeLessThanOrEqualTo(TapBudget, "even with a tap to focus each typed field");

        await office.ReloadAsync();
        await Expect(office.Locator("#coverage-visited")).ToHaveTextAsync((before + 1).ToString(CultureInfo.InvariantCulture));
        await office.GotoAsync("/staff/visits");
        await office.Locator("table tbody tr", new() { HasTextString = schoolName }).First.GetByRole(AriaRole.Link, new() { Name = schoolName, Exact = true }).ClickAsync();
        await Expect(office.Locator("#findings li")).ToHaveCountAsync(2);
        await Expect(office.Locator("#findings")).ToContainTextAsync("待整改");
        await Expect(office.Locator("#findings")).ToContainTextAsync("不符合：作业在校内公示");
    }

    [Fact]
    public async Task A_draft_survives_an_expired_session_and_the_inspector_lands_back_on_it_after_logging_in()
    {
        var phone = await browser.NewPhonePageAsync();
        await phone.LogInAsync("jlp-duxue");
        await phone.GotoAsync("/staff/coverage");
        await phone.Locator("#my-coverage li").Nth(1).GetByRole(AriaRole.Link, new() { Name = "去督导" }).ClickAsync();
        await phone.WaitForURLAsync("**/staff/visits/new?*");
        var draftUrl = phone.Url;

        await phone.GetByText("校园巡查").ClickAsync();
        await phone.Locator("details summary", new() { HasTextString = "A2 " }).ClickAsync();
        await Item(phone, "C8").Locator("label", new() { HasTextString = "不符合" }).ClickAsync();
        // Typing is saved a moment after the last key.
        await phone.RunAndWaitForResponseAsync(() => phone.GetByLabel("基本情况").FillAsync("午休前到校，查看作业公示。"),
            r => r.Url.Contains("/staff/visits/draft", StringComparison.Ordinal) && r.Request.PostData?.Contains("午休前到校", StringComparison.Ordinal) == true);
        await Expect(phone.Locator("#draft-status")).ToContainTextAsync("草稿已保存");

        // Thirty-one idle minutes later the sign-in has timed out; the next change cannot be saved and says so.
        ((FakeTimeProvider)browser.App.Services.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromMinutes(31));
        await Item(phone, "C9").Locator("label", new() { HasTextString = "不符合" }).ClickAsync();
        await Expect(phone.Locator("#draft-status")).ToContainTextAsync("登录已超时");
        await phone.ScreenshotAsync("phone-visit-session-expired");
        await phone.Locator("#draft-status").GetByRole(AriaRole.Link, new() { Name = "重新登录后继续" }).ClickAsync();

        await phone.WaitForURLAsync("**/login?*");
        await phone.GetByLabel("用户名", new() { Exact = true }).FillAsync("jlp-duxue");
        await phone.GetByLabel("密码", new() { Exact = true }).FillAsync(StaffSteps.DemoPassword);
        await phone.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await phone.WaitForURLAsync(draftUrl);
        await Expect(phone.GetByText("已恢复您")).ToBeVisibleAsync();
        await Expect(phone.GetByLabel("基本情况")).ToHaveValueAsync("午休前到校，查看作业公示。");
        await Expect(phone.GetByLabel("校园巡查")).ToBeCheckedAsync();
        await Expect(phone.Locator(".checklist-item[data-code=C8] input[value=no]")).ToBeCheckedAsync();
        await Expect(phone.Locator("#findings-list .finding")).ToHaveCountAsync(1);
        await Expect(phone.GetByLabel("问题 1 指标编码")).ToHaveValueAsync("C8");
        await phone.ScreenshotAsync("phone-visit-draft-resumed");
    }

    private static ILocator Item(IPage page, string code) => page.Locator($".checklist-item[data-code={code}]");
}
