using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using static Dudao.Tests.Surveys.SurveyApi;

namespace Dudao.Tests.Surveys;

public sealed class SurveyPageTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task An_office_starts_a_round_on_the_page_prints_a_schools_sheet_and_reads_the_results(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = await app.PagesAsync("jlp-admin");
        var refused = await pages.SubmitAsync("/staff/surveys", "#round-form", new() { ["Input.From"] = "2026-11-23", ["Input.To"] = "2026-11-01" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("结束日期不能早于开始日期");

        var created = await pages.SubmitAsync("/staff/surveys", "#round-form", new() { ["Input.Title"] = "页面发起的监测", ["Input.From"] = "2026-11-23", ["Input.To"] = "2026-12-10" });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var roundPage = created.Headers.Location!.OriginalString;
        var (page, doc) = await pages.GetAsync(roundPage);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var sheetHref = doc.QuerySelector("[data-testid=links] a[href*='/sheet/']")!.GetAttribute("href")!;
        var (sheet, sheetDoc) = await pages.GetAsync(sheetHref);
        sheet.StatusCode.ShouldBe(HttpStatusCode.OK);
        sheetDoc.QuerySelector("img.survey-qr")!.GetAttribute("src")!.ShouldEndWith("/qr.svg");
        sheetDoc.Body!.TextContent.ShouldContain("填写说明");

        var roundId = roundPage.Split("/staff/surveys/")[1].Split('?')[0];
        var (results, resultsDoc) = await pages.GetAsync($"/staff/surveys/{roundId}/results");
        results.StatusCode.ShouldBe(HttpStatusCode.OK);
        resultsDoc.QuerySelector("[data-testid=children]").ShouldNotBeNull();
        (await pages.Http.GetAsync($"/staff/surveys/{roundId}/results/export")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.PagesAsync("spb-admin")).GetAsync(roundPage)).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_public_form_is_answered_without_script_and_only_once(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var round = await RoundAsync(office, Jlp);
        var token = await TokenAsync(office, round, (await SchoolIdsAsync(app, Jlp))[4]);
        var browser = new PageClient(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

        var missing = await browser.SubmitAsync($"/s/{token}", "#survey-form", new() { ["q.Q01"] = "3" });
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("请回答第2题");

        var answered = await browser.SubmitAsync($"/s/{token}", "#survey-form", new()
        {
            ["q.Q01"] = "3", ["q.Q02"] = "50", ["q.Q03"] = "9.5", ["q.Q04"] = "yes", ["q.Q05"] = "no", ["q.Q06"] = "5", ["q.Q07"] = "4", ["q.Q08"] = "sports",
            ["q.Q11"] = "4", ["q.Q12"] = "希望多开展体育活动",
        });
        answered.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await answered.Content.ReadAsStringAsync()).ShouldContain("提交成功");

        var (again, doc) = await browser.GetAsync($"/s/{token}");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelector("[data-testid=survey-refusal]")!.TextContent.ShouldContain("只能提交一次");
        doc.QuerySelector("#survey-form").ShouldBeNull();
        (await browser.GetAsync("/s/not-a-token")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ResultsAsync(office, round)).GetProperty("figures").GetProperty("responses").GetInt32().ShouldBe(1);
    }
}
