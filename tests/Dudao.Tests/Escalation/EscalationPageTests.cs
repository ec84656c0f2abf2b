using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Dudao.Modules.Organization.Domain;
using Dudao.Tests.Rectification;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Escalation;

public sealed class EscalationPageTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task An_office_records_listed_supervision_on_the_page_and_downloads_the_docket_which_other_counties_cannot(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");
        var code = await app.WithDbAsync(db => db.Set<School>().Where(s => s.Id == schoolId).Select(s => s.Code).SingleAsync());
        var reason = Problems.Unique("课后服务收费问题反复出现");
        var office = await app.PagesAsync("jlp-admin");

        var form = $"/staff/escalations/new?level=listed&kind=school&target={schoolId}";
        var refused = await office.SubmitAsync(form, "#escalation-form", new() { ["Input.Reason"] = reason, ["confirmed"] = "true" });
        PageClient.Parse(await refused.Content.ReadAsStringAsync()).QuerySelector(".alert-danger")!.TextContent.ShouldContain("请填写办结时限");

        var saved = await office.SubmitAsync(form, "#escalation-form", new()
        {
            ["Input.Reason"] = reason, ["Input.Requirement"] = "一周内清退费用", ["Input.Deadline"] = "2026-12-10", ["confirmed"] = "true",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = (await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>($"/api/escalations?level=listed&targetId={schoolId}&pageSize=200"))
            .GetProperty("items").EnumerateArray().Single(e => e.GetProperty("reason").GetString() == reason).GetProperty("id").GetString();

        var (_, detail) = await office.GetAsync($"/staff/escalations/{id}");
        detail.QuerySelector("#escalation-summary")!.TextContent.ShouldContain("2026-12-10");
        var docket = await office.Http.GetAsync($"/staff/escalations/{id}/docket");
        using (var document = WordprocessingDocument.Open(new MemoryStream(await docket.Content.ReadAsByteArrayAsync()), false))
            document.MainDocumentPart!.Document.Body!.InnerText.ShouldContain(reason);
        detail.QuerySelector("#reply-form").ShouldBeNull("the school replies itself");
        detail.QuerySelector("#escalation-reply")!.TextContent.ShouldContain("自行书面回复");
        var school = await app.PagesAsync("jlp-school");
        (await school.GetAsync("/staff/escalations")).Document.QuerySelector($"a[href='/staff/escalations/{id}']").ShouldNotBeNull();
        (await school.SubmitAsync($"/staff/escalations/{id}", "#reply-form", new() { ["Reply"] = "已全部清退" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await office.GetAsync($"/staff/escalations/{id}")).Document.QuerySelector("#escalation-summary")!.TextContent.ShouldContain("已全部清退");

        var neighbour = await app.PagesAsync("spb-admin");
        (await neighbour.GetAsync($"/staff/escalations/{id}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.Http.GetAsync($"/staff/escalations/{id}/docket")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.GetAsync("/staff/escalations?level=listed")).Document.QuerySelector($"a[href='/staff/escalations/{id}']").ShouldBeNull();
        var institution = await app.PagesAsync("jlp-jg");
        (await institution.GetAsync("/staff/escalations")).Document.QuerySelector($"a[href='/staff/escalations/{id}']").ShouldBeNull();
        (await institution.GetAsync($"/staff/escalations/{id}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_public_exposure_page_shows_only_published_exposures_without_login(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var api = await app.ApiAsync("jlp-admin");
        var institution = await Problems.UnitIdAsync(app, "jlp-jg");
        var shown = Problems.Unique("公开：责令停业整顿");
        var hidden = Problems.Unique("未公开的处理决定");
        foreach (var (decision, publish) in new[] { (shown, true), (hidden, false) })
        {
            (await api.PostAsJsonAsync("/api/escalations", new { targetKind = "institution", targetId = institution, level = "exposure", reason = "违规培训", publicDecision = decision, publish }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var page = await app.CreateClient().GetAsync("/public/exposures");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = PageClient.Parse(await page.Content.ReadAsStringAsync()).QuerySelector("#exposures")!.TextContent;
        text.ShouldContain(shown);
        text.ShouldContain("2026-11-23");
        text.ShouldNotContain(hidden);
        text.ShouldNotContain("违规培训");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_suggestions_page_runs_the_rules_and_dismisses_a_suggestion(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var api = await app.ApiAsync("jlp-admin");
        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");
        (await api.PutAsJsonAsync("/api/rules/escalation.overdue-problems-for-interview", new { regionCode = "500107", value = 1 })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await Problems.CreateAsync(api, schoolId, "作业批改不及时", new { deadline = "2026-11-24" });
        app.Clock.Advance(TimeSpan.FromDays(2));

        var office = await app.PagesAsync("jlp-admin");
        var computed = await office.SubmitAsync("/staff/escalations/suggestions", "#compute-form", new());
        PageClient.Parse(await computed.Content.ReadAsStringAsync()).QuerySelector(".alert-success")!.TextContent.ShouldContain("新增升级建议 1 条");
        var (_, list) = await office.GetAsync("/staff/escalations/suggestions");
        list.QuerySelector("#suggestions")!.TextContent.ShouldContain("建议约谈");
        (await office.SubmitAsync("/staff/escalations/suggestions", ".dismiss-form", new() { ["Note"] = "已约谈过" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await office.GetAsync("/staff/escalations/suggestions?status=dismissed")).Document.QuerySelector("#suggestions")!.TextContent.ShouldContain("已约谈过");
        (await (await app.PagesAsync("spb-admin")).GetAsync("/staff/escalations/suggestions")).Document.QuerySelector("#suggestions")!.TextContent.ShouldContain("暂无升级建议");
    }
}
