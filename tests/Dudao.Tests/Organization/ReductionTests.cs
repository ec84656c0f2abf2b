using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using System.Globalization;
using Dudao.Core.Time;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Organization;

/// <summary>
/// The 压减 figures equal a hand count over a constructed county (渝北区, which no other test uses) for
/// two periods, because the steps' dates — not the days they were recorded — drive them.
/// </summary>
public sealed class ReductionTests
{
    private const string County = "500112";

    [Theory, ClassData(typeof(Databases))]
    public async Task The_figures_follow_the_dated_history_and_equal_a_hand_count_for_two_periods(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("admin");
        async Task<string> Create(string name, string category, string licence = "证照齐全", string status = "正常")
        {
            var body = Institutions.Body(Institutions.NewUscc(County), name, County);
            (body["category"], body["licence"], body["status"]) = (category, licence, status);
            if (category == "学科类") (body["kind"], body["profit"]) = (null, "非营利性");
            return await InstitutionLifecycleTests.CreateAsync(admin, body);
        }
        async Task Step(string id, string to, string on, object? extra = null)
        {
            var body = new Dictionary<string, object?> { ["to"] = to, ["on"] = on, ["reason"] = "测试" };
            foreach (var p in extra?.GetType().GetProperties() ?? []) body[p.Name] = p.GetValue(extra);
            var response = await admin.PostAsJsonAsync($"/api/institutions/{id}/transitions", body);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        var s1 = await Create("压减甲", "学科类");
        await Step(s1, "停办", "2026-02-10");
        await Step(s1, "注销", "2026-07-05");
        var s2 = await Create("压减乙", "学科类");
        await Step(s2, "变更", "2026-08-15", new { category = "非学科类", kind = "文化艺术" });
        var s3 = await Create("压减丙", "学科类", licence: "无证无照");
        await Step(s3, "取缔", "2026-03-20");
        var s4 = await Create("压减丁", "学科类");
        var s5 = await Create("压减戊", "学科类", status: "审批中");
        await Step(s5, "注销", "2026-09-01");
        var s6 = await Create("压减己", "学科类");
        await Step(s6, "停办", "2026-04-01");
        await Step(s6, "正常", "2026-09-10");
        var n1 = await Create("非学科甲", "非学科类", licence: "无证有照");
        await Step(n1, "证照齐全", "2026-05-05");
        var n2 = await Create("非学科乙", "非学科类", licence: "无证有照");
        await Step(n2, "停办", "2026-08-20");
        var n3 = await Create("非学科丙", "非学科类", licence: "无证无照");
        await Step(n3, "黑机构", "2026-06-01");
        await Step(n3, "取缔", "2026-06-15");

        await app.WithDbAsync(async db =>
        {
            db.AddRange(Visit(s4, "2026-03-03"), Visit(s4, "2026-05-05"), Visit(n1, "2026-10-10"));
            return await db.SaveChangesAsync();
        });
        var problem = await Rectification.Problems.CreateAsync(admin, s4, Rectification.Problems.Unique("超前培训"), new { targetKind = "institution" });
        var notice = await admin.GetAsync($"/api/problems/{problem.GetProperty("id").GetString()}/rectification-notice");
        notice.StatusCode.ShouldBe(HttpStatusCode.OK);
        Text(await notice.Content.ReadAsByteArrayAsync()).ShouldContain("重庆市渝北区人民政府教育督导室");

        var first = await admin.GetFromJsonAsync<JsonElement>($"/api/institutions/reduction?regionCode={County}&from=2026-01-01&to=2026-06-30");
        Figures(first).ShouldBe(new Dictionary<string, double>
        {
            ["baseline"] = 5, ["now"] = 2, ["reduced"] = 3, ["rate"] = 0.6, ["added"] = 0, ["nonSubjectNow"] = 2,
            ["bannedUnlicensed"] = 2, ["closedLicensedOnly"] = 0, ["reRegistered"] = 1, ["unlicensedFound"] = 1,
            ["institutionsInspected"] = 1, ["institutionVisits"] = 2, ["rectificationNotices"] = 0,
        });
        ByExit(first).ShouldBe((2, 0, 1, 0));

        var second = await admin.GetFromJsonAsync<JsonElement>($"/api/institutions/reduction?regionCode={County}&from=2026-07-01&to=2026-11-23");
        Figures(second).ShouldBe(new Dictionary<string, double>
        {
            ["baseline"] = 2, ["now"] = 2, ["reduced"] = 1, ["rate"] = 0.5, ["added"] = 1, ["nonSubjectNow"] = 2,
            ["bannedUnlicensed"] = 0, ["closedLicensedOnly"] = 1, ["reRegistered"] = 0, ["unlicensedFound"] = 0,
            ["institutionsInspected"] = 1, ["institutionVisits"] = 1, ["rectificationNotices"] = 1,
        });
        ByExit(second).ShouldBe((0, 0, 0, 1));

        await The_monthly_rollups_equal_the_figures_of_each_month(app, admin);

        var pages = await app.PagesAsync("admin");
        var (_, page) = await pages.GetAsync($"/staff/institutions/reduction?regionCode={County}&from=2026-01-01&to=2026-06-30");
        page.QuerySelector("#reduction-rate")!.TextContent.Trim().ShouldBe("60.0%");
        var export = await pages.Http.GetAsync($"/staff/institutions/reduction/export?regionCode={County}&from=2026-01-01&to=2026-06-30");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var sheet = SpreadsheetDocument.Open(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), false);
        sheet.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText.ShouldNotBeEmpty();

        var outside = await (await app.ApiAsync("jlp-pxjg")).GetAsync($"/api/institutions/reduction?regionCode={County}");
        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    /// <summary>
    /// Each month's rolled-up step figures equal the 压减 figures of that month alone, and a hand count; the dashboard
    /// shows them. (Over longer periods the rollups count every exit while the 压减 figures count the net change.)
    /// </summary>
    private static async Task The_monthly_rollups_equal_the_figures_of_each_month(TestApp app, HttpClient admin)
    {
        var rows = await app.WithDbAsync(db => db.Set<RegionRollup>().Where(r => r.RegionCode == County && r.Value != 0).ToListAsync());
        var today = app.Clock.Today();
        var counted = new Dictionary<string, Dictionary<string, double>>();
        for (var month = new DateOnly(2026, 1, 1); month <= today; month = month.AddMonths(1))
        {
            var key = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var end = month.AddMonths(1).AddDays(-1) is var last && last > today ? today : last;
            var f = await admin.GetFromJsonAsync<JsonElement>($"/api/institutions/reduction?regionCode={County}&from={month:yyyy-MM-dd}&to={end:yyyy-MM-dd}");
            var by = f.GetProperty("reducedBy");
            var fromApi = new Dictionary<string, double>
            {
                ["suspended"] = by.GetProperty("suspended").GetInt32(), ["deregistered"] = by.GetProperty("deregistered").GetInt32(),
                ["banned"] = by.GetProperty("banned").GetInt32(), ["converted"] = by.GetProperty("converted").GetInt32(),
                ["banned-unlicensed"] = f.GetProperty("bannedUnlicensed").GetInt32(), ["closed-licensed-only"] = f.GetProperty("closedLicensedOnly").GetInt32(),
                ["re-registered"] = f.GetProperty("reRegistered").GetInt32(), ["unlicensed-found"] = f.GetProperty("unlicensedFound").GetInt32(),
                ["rectification-notices"] = f.GetProperty("rectificationNotices").GetInt32(),
            };
            var rolled = fromApi.Keys.ToDictionary(k => k, k => (double)rows
                .Where(r => r.Month == key && r.Metric == (k == "rectification-notices" ? RollupMetrics.RectificationNotices : RollupMetrics.InstitutionSteps(k)))
                .Sum(r => r.Value));
            rolled.ShouldBe(fromApi, key);
            counted[key] = rolled.Where(x => x.Value != 0).ToDictionary();
        }

        // By hand: s1 停办 in February, s3 取缔 (无证无照) in March, s6 停办 in April, n1 re-registered in May, n3 found and 取缔 in June,
        // s2 转非 and n2 (无证有照) 停办 in August; s1's 注销 after 停办, s5's refused application and s6's 复办 are no exits.
        counted["2026-02"].ShouldBe(new Dictionary<string, double> { ["suspended"] = 1 });
        counted["2026-03"].ShouldBe(new Dictionary<string, double> { ["banned"] = 1, ["banned-unlicensed"] = 1 });
        counted["2026-04"].ShouldBe(new Dictionary<string, double> { ["suspended"] = 1 });
        counted["2026-05"].ShouldBe(new Dictionary<string, double> { ["re-registered"] = 1 });
        counted["2026-06"].ShouldBe(new Dictionary<string, double> { ["banned-unlicensed"] = 1, ["unlicensed-found"] = 1 });
        counted["2026-07"].ShouldBeEmpty();
        counted["2026-08"].ShouldBe(new Dictionary<string, double> { ["converted"] = 1, ["closed-licensed-only"] = 1 });
        counted["2026-09"].ShouldBeEmpty();
        counted[today.ToString("yyyy-MM", CultureInfo.InvariantCulture)]["rectification-notices"].ShouldBe(1);

        var dashboard = await admin.GetFromJsonAsync<JsonElement>($"/api/dashboard?regionCode={County}&month=2026-03");
        dashboard.GetProperty("figures").GetProperty("metrics").GetProperty(RollupMetrics.InstitutionSteps("banned-unlicensed")).GetInt32().ShouldBe(1);
        var (_, page) = await (await app.PagesAsync("admin")).GetAsync($"/staff/reports?regionCode={County}&month=2026-08");
        page.QuerySelector($"#institution-figures-own [data-metric='{RollupMetrics.InstitutionSteps("converted")}']")!.TextContent.Trim().ShouldBe("1");
    }

    private static Dictionary<string, double> Figures(JsonElement f) =>
        new[] { "baseline", "now", "reduced", "rate", "added", "nonSubjectNow", "bannedUnlicensed", "closedLicensedOnly", "reRegistered",
                "unlicensedFound", "institutionsInspected", "institutionVisits", "rectificationNotices" }
            .ToDictionary(k => k, k => f.GetProperty(k).GetDouble());

    private static (int, int, int, int) ByExit(JsonElement f)
    {
        var by = f.GetProperty("reducedBy");
        return (by.GetProperty("suspended").GetInt32(), by.GetProperty("deregistered").GetInt32(), by.GetProperty("banned").GetInt32(), by.GetProperty("converted").GetInt32());
    }

    private static Visit Visit(string institutionId, string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        return new Visit
        {
            RegionCode = County, TargetKind = "institution", TargetId = institutionId, TargetName = "压减测试机构", Date = day,
            Month = day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), TemplateId = "t", Summary = "检查",
        };
    }

    internal static string Text(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
