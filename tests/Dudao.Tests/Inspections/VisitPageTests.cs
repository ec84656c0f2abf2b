using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Inspections;

public sealed class VisitPageTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_inspector_records_a_visit_on_the_form_with_two_findings_and_a_photo(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = await app.PagesAsync("jlp-duxue");
        var school = (await InspectionApi.AssignedSchoolsAsync(await app.ApiAsync("jlp-duxue")))[3];

        var (picker, pickerDoc) = await pages.GetAsync("/staff/visits/new");
        picker.StatusCode.ShouldBe(HttpStatusCode.OK);
        pickerDoc.QuerySelectorAll(".target-list a").Select(a => a.GetAttribute("href")).ShouldContain($"/staff/visits/new?targetKind=school&targetId={school}");

        var url = $"/staff/visits/new?targetKind=school&targetId={school}";
        var (_, form) = await pages.GetAsync(url);
        form.QuerySelectorAll(".checklist-item").Length.ShouldBe(ChecklistTargets.SchoolItems.Count);
        var c10 = form.QuerySelectorAll(".checklist-item").Single(i => i.GetAttribute("data-code") == "C10");
        var c10Index = c10.QuerySelector("input[type=hidden]")!.GetAttribute("name")!;
        var prefix = c10Index[..c10Index.LastIndexOf('.')];
        var c8Prefix = prefix.Replace("[9]", "[7]", StringComparison.Ordinal);

        var response = await pages.SubmitAsync(url, "#visit-form", new()
        {
            ["Input.Date"] = "2026-11-21",
            ["Input.Kind"] = "routine",
            ["Input.Methods"] = "class-observation",
            [$"{c8Prefix}.Value"] = "no",
            [$"{prefix}.Parts[0]"] = "0",
            [$"{prefix}.Parts[1]"] = "75",
            [$"{prefix}.Parts[2]"] = "80",
            ["Input.Findings[0].Text"] = "五年级书面作业约75分钟",
            ["Input.Findings[0].Severity"] = "high",
            ["Input.Findings[0].IndicatorCode"] = "C10",
            ["Input.Findings[1].Text"] = "作业未在校内公示",
            ["Input.Findings[1].Severity"] = "medium",
            ["Input.Summary"] = "推门听课，查看作业记录。",
            ["Input.Feedback"] = "已当场反馈校长。",
        }, new() { ["files"] = ("公示栏.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]) });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.PathAndQuery;
        location.ShouldStartWith("/staff/visits/");
        var id = response.Headers.Location!.AbsolutePath.Split('/')[3];

        var visit = await (await app.ApiAsync("jlp-duxue")).GetFromJsonAsync<JsonElement>($"/api/visits/{id}");
        visit.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "C10").GetProperty("value").GetString().ShouldBe("0/75/80");
        visit.GetProperty("findings").GetArrayLength().ShouldBe(2);
        visit.GetProperty("files").EnumerateArray().Single().GetProperty("contentType").GetString().ShouldBe("image/jpeg");
        (await app.WithDbAsync(db => db.Set<Problem>().CountAsync(p => p.SourceId == id))).ShouldBe(2);

        var (detail, doc) = await pages.GetAsync(location);
        detail.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelectorAll("#findings li").Length.ShouldBe(2);

        // A bad value is refused with a Chinese message, nothing saved.
        var bad = await pages.SubmitAsync(url, "#visit-form", new() { ["Input.Summary"] = "", ["Input.Date"] = "2026-11-21", ["Input.Methods"] = "briefing" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("请填写基本情况");
        var noMethods = await pages.SubmitAsync(url, "#visit-form", new() { ["Input.Summary"] = "只填了基本情况" });
        noMethods.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noMethods.Content.ReadAsStringAsync()).ShouldContain("请至少选择一种督导方式");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Pages_of_another_countys_visits_and_coverage_are_not_found(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlp = await app.ApiAsync("jlp-admin");
        var school = (await InspectionApi.SchoolsAsync(jlp, "500107"))[5].Id;
        var id = (await (await jlp.PostAsJsonAsync("/api/visits", InspectionApi.Visit(school, "2026-11-10", "joint"))).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetString();

        var spb = await app.PagesAsync("spb-admin");
        foreach (var url in new[] { $"/staff/visits/{id}", $"/staff/visits/{id}/edit", $"/staff/visits/{id}/print", "/staff/coverage?regionCode=500107", "/staff/coverage/heatmap?regionCode=500107" })
            (await spb.GetAsync(url)).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        (await spb.Http.GetAsync($"/staff/visits/{id}/report")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (_, list) = await spb.GetAsync("/staff/visits");
        list.Body!.TextContent.ShouldNotContain(id!);

        var jlpPages = await app.PagesAsync("jlp-admin");
        var (coverage, coverageDoc) = await jlpPages.GetAsync("/staff/coverage?month=2026-11");
        coverage.StatusCode.ShouldBe(HttpStatusCode.OK);
        int.Parse(coverageDoc.QuerySelector("#coverage-visited")!.TextContent, CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        var (heatmap, heatmapDoc) = await jlpPages.GetAsync("/staff/coverage/heatmap?regionCode=500107&year=2026");
        heatmap.StatusCode.ShouldBe(HttpStatusCode.OK);
        heatmapDoc.QuerySelectorAll("table.heatmap tbody tr").Length.ShouldBeGreaterThan(0);
        var (print, printDoc) = await jlpPages.GetAsync($"/staff/visits/{id}/print");
        print.StatusCode.ShouldBe(HttpStatusCode.OK);
        printDoc.QuerySelector("article.report h1")!.TextContent.ShouldContain("督导报告");
        printDoc.QuerySelectorAll(".signature-line").Length.ShouldBe(2);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Template_pages_show_the_tree_and_a_county_copies_one(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = await app.PagesAsync("spb-admin");
        var (list, doc) = await pages.GetAsync("/staff/indicators");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        var link = doc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/staff/indicators/builtin-shuangjian-school", StringComparison.Ordinal));
        var (detail, tree) = await pages.GetAsync(link);
        detail.StatusCode.ShouldBe(HttpStatusCode.OK);
        tree.Body!.TextContent.ShouldContain("C60");
        var copied = await pages.SubmitAsync(link, "#copy-form", new() { ["Copy.Year"] = "2040", ["Copy.Name"] = "沙坪坝区学校督导要点" });
        copied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, copy) = await pages.GetAsync(copied.Headers.Location!.ToString());
        copy.QuerySelector("#template-import-form").ShouldNotBeNull();
        (await pages.Http.GetAsync(copied.Headers.Location + "/export")).Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}
