using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Inspections;

public sealed class SelfAssessmentLedgerTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Items_rated_not_met_open_problems_from_自查_seen_by_the_school_and_its_county_only(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var (selfId, schoolId) = await SubmitAsync(app, $"自查问题清单-{kind}");

        var school = await app.ApiAsync("jlp-school");
        var self = await school.GetFromJsonAsync<JsonElement>($"/api/self-assessments/{selfId}");
        var ids = self.GetProperty("problemIds").EnumerateArray().Select(p => p.GetString()!).ToList();
        ids.Count.ShouldBe(2, "C8 rated no and C10 over its limit; na and yes open nothing");

        var listed = (await school.GetFromJsonAsync<JsonElement>($"/api/problems?source=self-assessment&pageSize=200")).GetProperty("items").EnumerateArray()
            .Where(p => p.GetProperty("sourceId").GetString() == selfId).ToList();
        listed.Select(p => p.GetProperty("indicatorCode").GetString()).ShouldBe(["C8", "C10"], ignoreOrder: true);
        listed.ShouldAllBe(p => p.GetProperty("source").GetString() == "self-assessment" && p.GetProperty("targetId").GetString() == schoolId
                                && p.GetProperty("status").GetString() == "open" && p.GetProperty("responsibleId").GetString() == schoolId);
        listed.Single(p => p.GetProperty("indicatorCode").GetString() == "C8").GetProperty("description").GetString()!.ShouldContain("公示栏两周未更新");
        listed.Single(p => p.GetProperty("indicatorCode").GetString() == "C10").GetProperty("category").GetString().ShouldBe("分类控制作业总量");

        var county = await app.ApiAsync("jlp-admin");
        var spb = await app.ApiAsync("spb-admin");
        foreach (var id in ids)
        {
            (await county.GetAsync($"/api/problems/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await spb.GetAsync($"/api/problems/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        (await spb.GetFromJsonAsync<JsonElement>("/api/problems?source=self-assessment&pageSize=200")).GetProperty("items").EnumerateArray()
            .ShouldNotContain(p => ids.Contains(p.GetProperty("id").GetString()!));

        // The ledger page names the source; the self-assessment page links to it.
        var (_, ledger) = await (await app.PagesAsync("jlp-school")).GetAsync($"/staff/problems?source=self-assessment&targetKind=school&targetId={schoolId}");
        ledger.Body!.TextContent.ShouldContain("公示栏两周未更新");
        ledger.Body!.TextContent.ShouldContain("自查");
        var (_, page) = await (await app.PagesAsync("jlp-school")).GetAsync($"/staff/self-assessments/{selfId}");
        page.QuerySelector("#self-problems")!.TextContent.ShouldContain("2 项不符合");

        // A submitted self-assessment cannot be submitted again, so its problems are opened once.
        (await school.PutAsJsonAsync($"/api/self-assessments/{selfId}", new { results = Answers(), submit = true })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_自查小结_is_a_docx_with_the_schools_figures_the_four_sections_and_signature_and_seal_lines(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var school = await app.ApiAsync("jlp-school");
        var schoolId = await app.WithDbAsync(db => db.Set<Dudao.Modules.Accounts.Domain.User>().IgnoreQueryFilters()
            .Where(u => u.UserName == "jlp-school").Select(u => u.OrgRefId!).SingleAsync());
        var pending = await ChecklistTargetTests.OpenRoundAsync(app, schoolId, $"未提交的自评-{kind}");
        (await school.GetAsync($"/api/self-assessments/{pending}/summary")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var (selfId, _) = await SubmitAsync(app, $"秋季自查小结-{kind}");
        var registry = await app.WithDbAsync(db => db.Set<School>().Where(s => s.Id == schoolId).Select(s => new { s.Name, s.Pupils, s.Teachers }).SingleAsync());

        var draft = await school.GetFromJsonAsync<JsonElement>($"/api/self-assessments/{selfId}/summary");
        draft.GetProperty("saved").GetBoolean().ShouldBeFalse();
        draft.GetProperty("results").GetString().ShouldBe($"自查指标 {ChecklistTargets.SchoolItems.Count} 项：符合 {ChecklistTargets.SchoolItems.Count - 3} 项，不符合 2 项，不适用 1 项");
        draft.GetProperty("problems").GetString()!.ShouldContain("C8");
        draft.GetProperty("problems").GetString()!.ShouldContain("已列入整改台账");

        var text = ReportTests.Text(await Docx(school, $"/api/self-assessments/{selfId}/summary/report"));
        text.ShouldContain($"{registry.Name}“双减”工作自查小结");
        text.ShouldContain($"学生 {registry.Pupils} 人，教师 {registry.Teachers} 人");
        text.ShouldContain($"符合 {ChecklistTargets.SchoolItems.Count - 3} 项，不符合 2 项");
        foreach (var heading in new[] { "一、工作开展情况", "二、亮点", "三、问题和不足", "四、下一步打算" }) text.ShouldContain(heading);
        text.ShouldContain("九龙坡区教育督导部门");
        text.ShouldContain("2026年11月23日");
        text.ShouldContain("学校负责人（签字）");
        text.ShouldContain($"{registry.Name}（盖章）");
        text.ShouldContain("公示栏两周未更新");

        // The school edits the draft on its page and downloads its own text from there.
        var pages = await app.PagesAsync("jlp-school");
        var url = $"/staff/self-assessments/{selfId}/summary";
        var (_, page) = await pages.GetAsync(url);
        var download = page.QuerySelector("#summary-download")!.GetAttribute("href")!;
        page.QuerySelector("textarea[name='Input.Work']")!.TextContent.ShouldContain("逐项开展自查");
        var blank = await pages.SubmitAsync(url, "#summary-form", new() { ["Input.Highlights"] = " " });
        blank.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await blank.Content.ReadAsStringAsync()).ShouldContain("请填写亮点");
        var saved = await pages.SubmitAsync(url, "#summary-form", new() { ["Input.Highlights"] = "课后服务开设科技社团十二个，学生参与率九成。" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var edited = ReportTests.Text(await Docx(pages.Http, download));
        edited.ShouldContain("课后服务开设科技社团十二个");
        edited.ShouldContain("三、问题和不足");
        (await school.GetFromJsonAsync<JsonElement>($"/api/self-assessments/{selfId}/summary")).GetProperty("saved").GetBoolean().ShouldBeTrue();

        // The county reads it; another county cannot; the office cannot rewrite the school's summary.
        var (_, officePage) = await (await app.PagesAsync("jlp-admin")).GetAsync(url);
        officePage.QuerySelector("#summary-sections")!.TextContent.ShouldContain("课后服务开设科技社团十二个");
        officePage.QuerySelector("#summary-form").ShouldBeNull();
        var office = await app.ApiAsync("jlp-admin");
        (await office.PutAsJsonAsync($"/api/self-assessments/{selfId}/summary", new { work = "改", highlights = "改", problems = "改", nextSteps = "改" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var spb = await app.ApiAsync("spb-admin");
        (await spb.GetAsync($"/api/self-assessments/{selfId}/summary")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.GetAsync($"/api/self-assessments/{selfId}/summary/report")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.PagesAsync("spb-admin")).GetAsync(url)).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var invalid = await school.PutAsJsonAsync($"/api/self-assessments/{selfId}/summary", new { work = "", highlights = "有", problems = "无", nextSteps = "无" });
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("work")[0].GetString()!.ShouldContain("工作开展情况");
    }

    /// <summary>C8 not met (with a note), C10 over the homework limit, C23 not applicable, every other school item met.</summary>
    private static List<object> Answers() => ChecklistTargets.SchoolItems.Select(c => (object)(c switch
    {
        "C8" => new { code = c, value = "no", note = "公示栏两周未更新" },
        "C10" => new { code = c, value = "0/75/85", note = "五年级书面作业约75分钟" },
        "C23" => new { code = c, value = "na", note = "周边无少年宫" },
        _ => new { code = c, value = "yes", note = c == "C21" ? "课后服务只做作业辅导，不讲新课" : "" },
    })).ToList();

    private static async Task<(string SelfId, string SchoolId)> SubmitAsync(TestApp app, string round)
    {
        var schoolId = await app.WithDbAsync(db => db.Set<Dudao.Modules.Accounts.Domain.User>().IgnoreQueryFilters()
            .Where(u => u.UserName == "jlp-school").Select(u => u.OrgRefId!).SingleAsync());
        var selfId = await ChecklistTargetTests.OpenRoundAsync(app, schoolId, round);
        var submitted = await (await app.ApiAsync("jlp-school")).PutAsJsonAsync($"/api/self-assessments/{selfId}", new { results = Answers(), submit = true });
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        return (selfId, schoolId);
    }

    private static async Task<byte[]> Docx(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return await response.Content.ReadAsByteArrayAsync();
    }
}
