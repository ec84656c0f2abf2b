using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Inspections;

/// <summary>The phone visit's draft: saved as the inspector goes, back on the form, submitted once, seen by its author alone.</summary>
public sealed class VisitDraftTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_draft_comes_back_on_the_form_and_posting_it_twice_records_one_visit(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var api = await app.ApiAsync("jlp-duxue");
        var school = (await InspectionApi.AssignedSchoolsAsync(api))[0];
        var saved = await api.PutAsJsonAsync($"/api/visit-drafts/school/{school}", new
        {
            date = "2026-11-20", kind = "routine", methods = new[] { "campus-patrol" }, summary = "巡查校园，查阅作业记录。",
            results = new object[] { new { code = "C8", value = "no" } },
            findings = new object[] { new { text = "作业公示栏未更新", severity = "high", indicatorCode = "C8" } },
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var draftId = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("draftId").GetString()!;
        var read = await api.GetFromJsonAsync<JsonElement>($"/api/visit-drafts/school/{school}");
        read.GetProperty("form").GetProperty("summary").GetString().ShouldBe("巡查校园，查阅作业记录。");

        var pages = await app.PagesAsync("jlp-duxue");
        var url = $"/staff/visits/new?targetKind=school&targetId={school}";
        var (_, form) = await pages.GetAsync(url);
        form.QuerySelector("input[name='Input.DraftId']")!.GetAttribute("value").ShouldBe(draftId);
        form.QuerySelector("#r-C8-no")!.HasAttribute("checked").ShouldBeTrue();
        form.QuerySelector("#r-C9-yes")!.HasAttribute("checked").ShouldBeFalse("an item stays unanswered until the inspector answers it");
        form.QuerySelector("#finding-0")!.TextContent.ShouldBe("作业公示栏未更新");
        form.QuerySelector("#answered-count")!.TextContent.ShouldBe("1");
        form.Body!.TextContent.ShouldContain("已恢复您");

        var values = new Dictionary<string, string> { ["Input.DraftId"] = draftId, [C10(form, 0)] = "0", [C10(form, 1)] = "50", [C10(form, 2)] = "80" };
        var first = await pages.SubmitAsync(url, "#visit-form", values);
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect, await first.Content.ReadAsStringAsync());
        var second = await pages.SubmitAsync(url, "#visit-form", values);
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect, await second.Content.ReadAsStringAsync());
        second.Headers.Location!.AbsolutePath.ShouldBe(first.Headers.Location!.AbsolutePath, "the same draft posted again answers the visit it became");
        var visitId = first.Headers.Location!.AbsolutePath.Split('/')[3];
        (await app.WithDbAsync(db => db.Set<Visit>().CountAsync(v => v.TargetId == school && v.Summary == "巡查校园，查阅作业记录。"))).ShouldBe(1);
        (await app.WithDbAsync(db => db.Set<Problem>().CountAsync(p => p.SourceId == visitId))).ShouldBe(1);

        // Submitted, the draft is gone from the form and the API; the next visit starts afresh and the old id cannot overwrite it.
        (await api.GetAsync($"/api/visit-drafts/school/{school}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (_, fresh) = await pages.GetAsync(url);
        fresh.QuerySelector("input[name='Input.DraftId']")!.GetAttribute("value").ShouldNotBe(draftId);
        fresh.QuerySelector("#r-C8-no")!.HasAttribute("checked").ShouldBeFalse();
        var stale = await api.PutAsJsonAsync($"/api/visit-drafts/school/{school}", new { draftId, summary = "旧草稿" });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Through the API the same draftId also records once.
        var apiDraft = (await (await api.PutAsJsonAsync($"/api/visit-drafts/school/{school}", new { summary = "第二次" })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("draftId").GetString();
        var body = JsonSerializer.SerializeToElement(InspectionApi.Visit(school, "2026-11-21"));
        var withDraft = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body.GetRawText())!;
        withDraft["draftId"] = JsonSerializer.SerializeToElement(apiDraft);
        var a = await (await api.PostAsJsonAsync("/api/visits", withDraft)).Content.ReadFromJsonAsync<JsonElement>();
        var b = await (await api.PostAsJsonAsync("/api/visits", withDraft)).Content.ReadFromJsonAsync<JsonElement>();
        b.GetProperty("id").GetString().ShouldBe(a.GetProperty("id").GetString());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Only_the_inspector_who_saved_a_draft_sees_it(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var api = await app.ApiAsync("jlp-duxue");
        var school = (await InspectionApi.AssignedSchoolsAsync(api))[1];
        (await api.PutAsJsonAsync($"/api/visit-drafts/school/{school}", new { summary = "只给自己看的草稿" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var office = await app.ApiAsync("jlp-admin");
        var colleague = await SpecialApi.AccountAsync(office, "inspector", await SpecialApi.CreateInspectorAsync(office, "500107"), "inspector");
        foreach (var other in new[] { await app.ApiAsync(colleague, Accounts.UserAdminTests.GoodPassword), office })
            (await other.GetAsync($"/api/visit-drafts/school/{school}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (_, page) = await (await app.PagesAsync("jlp-admin")).GetAsync($"/staff/visits/new?targetKind=school&targetId={school}");
        page.Body!.TextContent.ShouldNotContain("只给自己看的草稿");

        // Another county's office can neither read nor write a draft for the school.
        var spb = await app.ApiAsync("spb-admin");
        (await spb.GetAsync($"/api/visit-drafts/school/{school}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.PutAsJsonAsync($"/api/visit-drafts/school/{school}", new { summary = "越权" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.Set<VisitDraft>().IgnoreQueryFilters().CountAsync(d => d.TargetId == school))).ShouldBe(1);

        (await api.DeleteAsync($"/api/visit-drafts/school/{school}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await api.GetAsync($"/api/visit-drafts/school/{school}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_number_item_is_answered_with_its_numbers_or_marked_not_applicable(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var api = await app.ApiAsync("jlp-duxue");
        var school = (await InspectionApi.AssignedSchoolsAsync(api))[2];
        var pages = await app.PagesAsync("jlp-duxue");
        var url = $"/staff/visits/new?targetKind=school&targetId={school}";
        var (_, form) = await pages.GetAsync(url);
        var c10 = form.QuerySelector(".checklist-item[data-code=C10]")!;
        c10.QuerySelectorAll("input[inputmode=decimal]").Length.ShouldBe(3);
        c10.TextContent.ShouldContain("分1–2、3–6、7–9年级段填写");
        c10.TextContent.ShouldNotContain("“/”", customMessage: "the hint speaks of the three boxes, not of a typed separator");

        var basics = new Dictionary<string, string> { ["Input.Methods"] = "campus-patrol", ["Input.Summary"] = "查阅作业记录。" };
        var blank = await pages.SubmitAsync(url, "#visit-form", basics);
        blank.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await blank.Content.ReadAsStringAsync()).ShouldContain("C10：请填写数值，不适用时勾选“不适用”");

        var viaApi = await api.PostAsJsonAsync("/api/visits", InspectionApi.Visit(school, "2026-11-20", results: [new { code = "C10", value = "" }]));
        viaApi.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await viaApi.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("results[0].value")[0].GetString()!.ShouldStartWith("C10：请填写数值");

        var na = await pages.SubmitAsync(url, "#visit-form", new(basics) { [$"{Prefix(form, "C10")}.Na"] = "true" });
        na.StatusCode.ShouldBe(HttpStatusCode.Redirect, await na.Content.ReadAsStringAsync());
        var visit = await api.GetFromJsonAsync<JsonElement>($"/api/visits/{na.Headers.Location!.AbsolutePath.Split('/')[3]}");
        visit.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "C10").GetProperty("value").GetString().ShouldBe("na");
        visit.GetProperty("results").GetArrayLength().ShouldBe(1, "unanswered yes/no items are not recorded");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Without_script_the_buttons_mark_the_rest_yes_add_a_finding_for_each_no_and_keep_the_draft(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var school = (await InspectionApi.AssignedSchoolsAsync(await app.ApiAsync("jlp-duxue")))[3];
        var pages = await app.PagesAsync("jlp-duxue");
        var url = $"/staff/visits/new?targetKind=school&targetId={school}";
        var (_, form) = await pages.GetAsync(url);
        form.QuerySelectorAll("#findings-list .finding").Length.ShouldBe(0, "no empty finding slots");

        var allYes = await pages.SubmitAsync(url, "#visit-form", new() { ["Input.Action"] = "all-yes", [$"{Prefix(form, "C8")}.Value"] = "no" });
        allYes.StatusCode.ShouldBe(HttpStatusCode.OK, await allYes.Content.ReadAsStringAsync());
        var after = PageClient.Parse(await allYes.Content.ReadAsStringAsync());
        var items = after.QuerySelectorAll(".checklist-item");
        after.QuerySelector("#r-C8-no")!.HasAttribute("checked").ShouldBeTrue();
        after.QuerySelector("#r-C9-yes")!.HasAttribute("checked").ShouldBeTrue();
        after.QuerySelector("#answered-count")!.TextContent.ShouldBe((items.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "all but C10, which needs its numbers");
        var finding = after.QuerySelectorAll("#findings-list .finding").ShouldHaveSingleItem();
        finding.QuerySelector("input")!.GetAttribute("value").ShouldBe("C8");
        finding.QuerySelector("textarea")!.TextContent.ShouldStartWith("不符合：");
        after.QuerySelector("#draft-status")!.TextContent.ShouldContain("草稿已保存");

        // The draft kept it: 添加问题 adds a slot, 删除 removes one, and the C8 finding is not added twice.
        var added = PageClient.Parse(await (await pages.SubmitAsync(url, "#visit-form", new() { ["Input.Action"] = "add-finding" })).Content.ReadAsStringAsync());
        added.QuerySelectorAll("#findings-list .finding").Length.ShouldBe(2);
        var removed = PageClient.Parse(await (await pages.SubmitAsync(url, "#visit-form", new() { ["Input.Action"] = "remove-finding:1" })).Content.ReadAsStringAsync());
        removed.QuerySelectorAll("#findings-list .finding").ShouldHaveSingleItem().QuerySelector("input")!.GetAttribute("value").ShouldBe("C8");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_form_autosaves_with_its_cookie_and_antiforgery_token(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var school = (await InspectionApi.AssignedSchoolsAsync(await app.ApiAsync("jlp-duxue")))[4];
        var pages = await app.PagesAsync("jlp-duxue");
        var (_, form) = await pages.GetAsync($"/staff/visits/new?targetKind=school&targetId={school}");
        var draftUrl = form.QuerySelector("#visit-form")!.GetAttribute("data-draft-url")!;
        // The script posts the form's fields without their "Input." prefix.
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string>
        {
            ["DraftId"] = form.QuerySelector("input[name='Input.DraftId']")!.GetAttribute("value")!,
            ["Summary"] = "边走边存", ["Results[0].Code"] = "C1", ["Results[0].Value"] = "no",
        };

        (await pages.Http.PostAsync(draftUrl, new FormUrlEncodedContent(fields))).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "no antiforgery token");
        var saved = await pages.Http.PostAsync(draftUrl, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var draft = await (await app.ApiAsync("jlp-duxue")).GetFromJsonAsync<JsonElement>($"/api/visit-drafts/school/{school}");
        draft.GetProperty("form").GetProperty("summary").GetString().ShouldBe("边走边存");
        draft.GetProperty("form").GetProperty("results")[0].GetProperty("value").GetString().ShouldBe("no");
    }

    private static string Prefix(AngleSharp.Dom.IParentNode form, string code)
    {
        var name = form.QuerySelector($".checklist-item[data-code={code}] input[type=hidden]")!.GetAttribute("name")!;
        return name[..name.LastIndexOf('.')];
    }

    private static string C10(AngleSharp.Dom.IParentNode form, int part) => $"{Prefix(form, "C10")}.Parts[{part}]";
}
