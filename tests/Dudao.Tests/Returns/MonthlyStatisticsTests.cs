using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Dudao.Tests.Inspections;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Returns;

/// <summary>The 推进情况统计表 on constructed data: every figure equals a hand count; another county's data never shows.</summary>
public sealed class MonthlyStatisticsTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_monthly_statistics_table_holds_the_months_visits_and_the_departments_returned_figures(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var inspector = await app.ApiAsync("jlp-duxue");
        var schools = await InspectionApi.AssignedSchoolsAsync(inspector);
        // November: three visits to two schools, two findings (each opens a problem, counted in the month it is recorded);
        // an October visit that must not count.
        foreach (var (school, date, findings) in new[] { (schools[0], "2026-11-02", 1), (schools[1], "2026-11-05", 1), (schools[0], "2026-11-12", 0), (schools[1], "2026-10-20", 0) })
        {
            var visit = await inspector.PostAsJsonAsync("/api/visits", InspectionApi.Visit(school, date,
                findings: [.. Enumerable.Range(0, findings).Select(i => (object)new { text = $"作业公示不全{i}", severity = "medium" })]));
            visit.StatusCode.ShouldBe(HttpStatusCode.Created, await visit.Content.ReadAsStringAsync());
        }

        // 基教科 and 校外培训监管科 report November; 沙坪坝区's 基教科 reports too and must not count for 九龙坡区.
        var typed = new Dictionary<string, (int Meetings, int Adverts)> { ["jlp-jjk"] = (2, 10), ["jlp-pxjg"] = (3, 25), ["spb-jjk"] = (7, 99) };
        foreach (var (user, (meetings, adverts)) in typed)
        {
            var department = await app.ApiAsync(user);
            var list = await department.GetFromJsonAsync<JsonElement>("/api/returns?formId=f0000000000000000000000000000001&period=2026-11");
            var id = list.GetProperty("items")[0].GetProperty("id").GetString();
            var values = Fields.ToDictionary(k => k, _ => "1");
            values["jointMeetings"] = meetings.ToString(System.Globalization.CultureInfo.InvariantCulture);
            values["advertsRemoved"] = adverts.ToString(System.Globalization.CultureInfo.InvariantCulture);
            (await department.PostAsJsonAsync($"/api/returns/{id}/submit", new { values })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var office = await app.ApiAsync("jlp-admin");
        var response = await office.GetAsync("/api/reports/monthly-statistics?regionCode=500107&month=2026-11");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var text = Text(await response.Content.ReadAsByteArrayAsync());
        Documents.ShouldBeIssued(text);
        var registered = await app.WithDbAsync(db => db.Set<School>().CountAsync(s => s.RegionCode == "500107"));
        text.ShouldContain("开展督导检查（次）3");
        text.ShouldContain($"应督学校（所）{registered}");
        text.ShouldContain("已督学校（所）2");
        text.ShouldContain("发现问题（个）2");
        text.ShouldContain("部门联席会议（次）5");
        text.ShouldContain("清理违规广告（份）35");
        text.ShouldContain("派出工作人员（人次）2");
        var departments = await app.WithDbAsync(db => db.Set<Department>().CountAsync(d => d.RegionCode == "500107" && d.Name != "督导室"));
        text.ShouldContain($"应报送科室 {departments} 个，已报送 2 个，其中按时 2 个");

        // The same number on a second download; another county may not ask for 九龙坡区.
        Documents.NumberIn(Text(await office.GetByteArrayAsync("/api/reports/monthly-statistics?regionCode=500107&month=2026-11"))).ShouldBe(Documents.NumberIn(text));
        (await (await app.ApiAsync("spb-admin")).GetAsync("/api/reports/monthly-statistics?regionCode=500107&month=2026-11")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await office.GetAsync("/api/reports/monthly-statistics?month=2026-13")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var (page, doc) = await (await app.PagesAsync("jlp-admin")).GetAsync("/staff/reports/monthly-statistics?month=2026-11");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelector("#statistics-returned")!.TextContent.ShouldContain("35");
        doc.QuerySelector("#statistics-download")!.GetAttribute("href").ShouldBe("/staff/reports/monthly-statistics/docx?regionCode=500107&month=2026-11");
    }

    private static readonly string[] Fields =
    [
        "jointMeetings", "topicMeetings", "trainingSessions", "staffSent", "practitionersChecked", "materialsChecked", "contractsChecked",
        "rectificationNotices", "illegalInstitutions", "unqualifiedStaff", "billboardsRemoved", "advertsRemoved",
    ];

    /// <summary>The document's text with a table cell's label and value joined, paragraph by paragraph.</summary>
    private static string Text(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(stream, false);
        return string.Concat(doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
