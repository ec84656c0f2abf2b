using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Dudao.Tests.Inspections;
using Dudao.Tests.Organization;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Returns;

/// <summary>
/// The annual 督导报告: the year's figures equal a hand count, 问题 is pre-filled by the rules, the office's edit
/// is saved per region and year with a version (409 when stale) and is what the .docx and the page show.
/// </summary>
public sealed class AnnualReportTests
{
    private const string Url = "/api/reports/annual/text?regionCode=500107&year=2026";

    [Theory, ClassData(typeof(Databases))]
    public async Task The_annual_report_is_prefilled_from_the_year_and_downloads_the_offices_edited_text(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var inspector = await app.ApiAsync("jlp-duxue");
        var schools = await InspectionApi.AssignedSchoolsAsync(inspector);
        // Four visits this year to two schools (two in November at one school count once for its coverage), two findings.
        foreach (var (school, date, findings) in new[] { (schools[0], "2026-11-02", 1), (schools[1], "2026-11-05", 1), (schools[0], "2026-11-12", 0), (schools[1], "2026-10-20", 0) })
        {
            var visit = await inspector.PostAsJsonAsync("/api/visits", InspectionApi.Visit(school, date,
                findings: [.. Enumerable.Range(0, findings).Select(i => (object)new { text = $"课后服务不足{i}", severity = "medium" })]));
            visit.StatusCode.ShouldBe(HttpStatusCode.Created, await visit.Content.ReadAsStringAsync());
        }
        var targets = await app.WithDbAsync(async db =>
            await db.Set<School>().CountAsync(s => s.RegionCode == "500107") + await db.Set<Institution>().CountAsync(i => i.RegionCode == "500107" && i.Status == Institution.Normal));
        // January to November (the test day's month): three school-months visited.
        var coverage = $"{Math.Round(3.0 / (targets * 11), 4) * 100:0.0}%";

        var office = await app.ApiAsync("jlp-admin");
        var report = await office.GetFromJsonAsync<JsonElement>(Url);
        report.GetProperty("version").GetInt32().ShouldBe(0);
        report.GetProperty("edited").GetBoolean().ShouldBeFalse();
        var figures = report.GetProperty("figures").EnumerateArray().ToDictionary(l => l.GetProperty("label").GetString()!, l => l.GetProperty("value").GetString());
        figures["开展督导检查（次）"].ShouldBe("4");
        figures["发现问题（个）"].ShouldBe("2");
        figures["月月督覆盖率"].ShouldBe(coverage);
        var problems = report.GetProperty("text").GetProperty("problems").GetString()!;
        problems.ShouldContain($"全年开展督导检查4次，月月督覆盖率{coverage}，未实现每月至少到校督导1次。");
        problems.ShouldContain("累计发现问题2个，整改销号0个，整改率0.0%，低于80%。");
        report.GetProperty("text").GetProperty("suggestions").GetString()!.ShouldContain("压实责任督学“月月督”");

        // The first save takes version 0; a second writer who also read the pre-filled text gets 409, as does a stale version.
        var saved = await office.PutAsJsonAsync("/api/reports/annual/text", Edit("亮点一：课后服务全覆盖", 0));
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var version = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        (await office.PutAsJsonAsync("/api/reports/annual/text", Edit("别人的亮点", 0))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await office.PutAsJsonAsync("/api/reports/annual/text", Edit("亮点二：作业公示到位", version))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await office.PutAsJsonAsync("/api/reports/annual/text", Edit("过期的亮点", version));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("已被其他人修改");
        (await office.PutAsJsonAsync("/api/reports/annual/text", new { regionCode = "500107", year = 2026, highlights = new string('长', 4001), version = 0 }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var docx = await office.GetAsync("/api/reports/annual?regionCode=500107&year=2026");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK, await docx.Content.ReadAsStringAsync());
        var text = ReductionTests.Text(await docx.Content.ReadAsByteArrayAsync());
        Documents.ShouldBeIssued(text);
        text.ShouldContain("亮点二：作业公示到位");
        text.ShouldContain("编辑后的问题");
        text.ShouldNotContain("过期的亮点");
        text.ShouldContain("开展督导检查（次）\n4");

        // Another county may neither read nor write 九龙坡区's report; a future year is refused.
        var other = await app.ApiAsync("spb-admin");
        (await other.GetAsync("/api/reports/annual?regionCode=500107&year=2026")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await other.PutAsJsonAsync("/api/reports/annual/text", Edit("越权", 2))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await office.GetAsync("/api/reports/annual?regionCode=500107&year=2030")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // The page shows the saved text and saves an edit without script.
        var pages = await app.PagesAsync("jlp-admin");
        var (page, doc) = await pages.GetAsync("/staff/reports/annual?year=2026");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelector("textarea[name='Form.Highlights']")!.TextContent.ShouldContain("亮点二：作业公示到位");
        doc.QuerySelector("#annual-download")!.GetAttribute("href").ShouldBe("/staff/reports/annual/docx?regionCode=500107&year=2026");
        var posted = await pages.SubmitAsync("/staff/reports/annual?year=2026", "#annual-text", new() { ["Form.Suggestions"] = "页面上改的建议" });
        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await posted.Content.ReadAsStringAsync()).ShouldContain("督导报告文字已保存");
        ReductionTests.Text(await office.GetByteArrayAsync("/api/reports/annual?regionCode=500107&year=2026")).ShouldContain("页面上改的建议");
    }

    private static object Edit(string highlights, int version) =>
        new { regionCode = "500107", year = 2026, highlights, problems = "编辑后的问题", suggestions = "编辑后的建议", version };
}
