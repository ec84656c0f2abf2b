using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Core.Time;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Returns.Domain;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Returns;

/// <summary>
/// The quarterly bulletin on constructed data in 南岸区 (500108, which the demo leaves empty), on 2026-11-23 in
/// 2026Q4: every figure and name equals a hand count, issuing notices exactly the named schools once, and a county
/// sees only its subtree.
/// </summary>
public sealed class BulletinTests
{
    private const string Nanan = "500108";
    private const string Url = "/api/reports/bulletin?regionCode=500108&quarter=2026Q4";

    [Theory, ClassData(typeof(Databases))]
    public async Task The_bulletin_ranks_the_schools_names_those_behind_or_inactive_and_lists_overdue_problems_reports_and_commendations(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        await ConstructAsync(app);
        var admin = await app.ApiAsync("admin");
        (await admin.PostAsync("/api/admin/jobs/rollup-overdue/run", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await admin.GetAsync(Url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var docx = await response.Content.ReadAsByteArrayAsync();
        var text = Text(docx);
        Documents.ShouldBeIssued(text, "重庆市南岸区人民政府教育督导室", "南岸督办");
        text.ShouldContain("关于2026年第四季度“双减”工作情况的通报");
        text.ShouldContain("截至2026年11月23日");
        // Five visits (S1 twice, S2, S4, an institution); 4 of 4 school-months + 1 of 2 institution-months out of (4 + 2) × 2 months.
        text.ShouldContain("开展督导检查（次）5");
        text.ShouldContain("月月督覆盖率41.7%");
        // p1–p5 opened this quarter (p6 in September); p2 and p6 struck off; 2 of the 6 ever opened.
        text.ShouldContain("发现问题（个）5");
        text.ShouldContain("整改销号（个）2");
        text.ShouldContain("累计整改率33.3%");
        text.ShouldContain("逾期未整改（个）4");
        text.ShouldContain("受理举报（件）3");
        text.ShouldContain("举报按期办结率100.0%");

        // S1 100 % covered; S2 and S4 half (S2's rectification 0 % ranks above S4's none); S3 never visited.
        Rows(docx).ShouldBe([
            "名次|学校|月月督覆盖率|整改率|本季度销号（个）|逾期未整改（个）|通报",
            "1|南岸测试小学1|100.0%|50.0%|1|1|",
            "2|南岸测试小学2|50.0%|0.0%|0|1|不作为",
            "3|南岸测试小学4|50.0%|—|0|0|",
            "4|南岸测试小学3|0.0%|33.3%|1|2|工作滞后",
        ]);
        text.ShouldContain("不作为学校（1个）：南岸测试小学2（逾期未整改问题1个，本季度无一整改销号）");
        text.ShouldContain("工作滞后学校（1个）：南岸测试小学3（逾期未整改问题2个）");
        // The longest overdue first, days counted to 11-23.
        text.ShouldContain("南岸测试小学1：作业公示不全（整改时限2026-10-20，逾期34天）南岸测试小学2：课后服务未开展（整改时限2026-10-25，逾期29天）");
        text.ShouldContain("南岸测试小学3：超标布置作业（整改时限2026-11-10，逾期13天）");
        text.ShouldContain("本季度受理举报3件，办结1件，其中按期办结1件（按期办结率100.0%），不予受理0件");
        text.ShouldContain("被多次举报的对象：南岸测试小学1（举报2件，已办结1件）。");
        text.ShouldContain("南岸测试小学4（课后服务做法突出）。");
        text.ShouldNotContain("上季度表扬");

        // 重庆市's bulletin ranks its counties from the rollups: 南岸区 is behind (coverage, four overdue).
        var cityDocx = await admin.GetByteArrayAsync("/api/reports/bulletin?regionCode=500000&quarter=2026Q4");
        var city = Text(cityDocx);
        Rows(cityDocx)[0].ShouldBe("名次|下级地区|月月督覆盖率|整改率|举报按期办结率|本季度销号（个）|逾期未整改（个）|通报");
        Rows(cityDocx).ShouldContain(r => r.EndsWith("|南岸区|41.7%|33.3%|100.0%|2|4|工作滞后", StringComparison.Ordinal));
        city.ShouldContain("南岸区（月月督覆盖率41.7%，低于80.0%，逾期未整改问题4个）");

        // Bad input names the field.
        (await admin.GetAsync("/api/reports/bulletin?regionCode=500108&quarter=2026Q5")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync("/api/reports/bulletin?regionCode=500108&quarter=2027Q1")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Issuing_notices_exactly_the_named_schools_once_and_a_second_issue_is_refused(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var schools = await ConstructAsync(app);
        var admin = await app.ApiAsync("admin");
        var number = Documents.NumberIn(Text(await admin.GetByteArrayAsync(Url)), "南岸督办").Number;

        var issued = await admin.PostAsJsonAsync("/api/reports/bulletins", new { regionCode = Nanan, quarter = "2026Q4" });
        issued.StatusCode.ShouldBe(HttpStatusCode.Created, await issued.Content.ReadAsStringAsync());
        var body = await issued.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("number").GetString().ShouldBe(number, "the number the downloaded draft carried");
        var notices = body.GetProperty("notices").EnumerateArray().Select(n => (n.GetProperty("target").GetString(), n.GetProperty("finding").GetString())).ToList();
        notices.ShouldBe([("南岸测试小学2", "inactive"), ("南岸测试小学3", "behind")]);

        var recorded = await app.WithDbAsync(db => db.Set<EscalationRecord>().Where(e => e.RegionCode == Nanan && e.Level == EscalationLevels.Notice)
            .Select(e => new { e.TargetId, e.Reason }).ToListAsync());
        recorded.Select(e => e.TargetId).Order().ShouldBe(new[] { schools[1], schools[2] }.Order());
        recorded.ShouldAllBe(e => e.Reason.Contains(number));
        (await app.WithDbAsync(db => db.Set<BulletinEscalation>().CountAsync())).ShouldBe(2);

        var again = await admin.PostAsJsonAsync("/api/reports/bulletins", new { regionCode = Nanan, quarter = "2026Q4" });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadAsStringAsync()).ShouldContain($"南岸区2026年第四季度的季度通报已于2026年11月23日印发（{number}），不能重复印发");
        (await app.WithDbAsync(db => db.Set<EscalationRecord>().CountAsync(e => e.RegionCode == Nanan && e.Level == EscalationLevels.Notice))).ShouldBe(2);
        Documents.NumberIn(Text(await admin.GetByteArrayAsync(Url)), "南岸督办").Number.ShouldBe(number);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_county_sees_only_its_own_bulletin(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        await ConstructAsync(app);
        var jlp = await app.ApiAsync("jlp-admin");
        (await jlp.GetAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await jlp.PostAsJsonAsync("/api/reports/bulletins", new { regionCode = Nanan, quarter = "2026Q4" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var own = await jlp.GetAsync("/api/reports/bulletin?quarter=2026Q4");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = Text(await own.Content.ReadAsByteArrayAsync());
        text.ShouldContain("九龙坡区2026年第四季度");
        text.ShouldNotContain("南岸");
        (await (await app.ApiAsync("jlp-school")).GetAsync("/api/reports/bulletin?quarter=2026Q4")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_page_shows_the_bulletin_and_issues_it_once_confirmed(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        await ConstructAsync(app);
        var pages = await app.PagesAsync("admin");
        const string page = "/staff/reports/bulletin?regionCode=500108&quarter=2026Q4";
        var (response, doc) = await pages.GetAsync(page);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelectorAll("#bulletin-ranking tbody tr").Length.ShouldBe(4);
        doc.QuerySelector("#bulletin-problems")!.TextContent.ShouldContain("南岸测试小学2");
        doc.QuerySelector("#bulletin-download")!.GetAttribute("href").ShouldBe("/staff/reports/bulletin/docx?regionCode=500108&quarter=2026Q4");
        (await pages.Http.GetAsync("/staff/reports/bulletin/docx?regionCode=500108&quarter=2026Q4")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await pages.SubmitAsync(page, "#bulletin-issue", [])).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "issuing asks for confirmation first");
        (await app.WithDbAsync(db => db.Set<QuarterlyBulletin>().CountAsync())).ShouldBe(0);
        var confirmed = await pages.SubmitAsync(page, "#bulletin-issue", new() { ["confirmed"] = "true" });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await confirmed.Content.ReadAsStringAsync());

        var (_, after) = await pages.GetAsync(page);
        after.QuerySelector("#bulletin-issued")!.TextContent.ShouldContain("南岸测试小学3");
        after.QuerySelector("#bulletin-issue").ShouldBeNull();
        (await app.WithDbAsync(db => db.Set<QuarterlyBulletin>().CountAsync())).ShouldBe(1);
    }

    /// <summary>
    /// Four schools and two operating institutions. Visits: S1 in October and November, S2 and S4 once, S3 never.
    /// Problems: S1 p1 overdue and p2 struck off; S2 p3 overdue, nothing struck off (不作为); S3 p4, p5 overdue and
    /// p6 (September) struck off in October (滞后). Three reports, two about S1; S4 commended this quarter and last.
    /// </summary>
    private static async Task<List<string>> ConstructAsync(TestApp app) => await app.WithDbAsync(async db =>
    {
        var schools = Enumerable.Range(1, 4).Select(i => new School
        {
            Code = $"31500{i:00}998", Name = $"南岸测试小学{i}", Type = "小学", Ownership = "公办", RegionCode = Nanan,
        }).ToList();
        db.AddRange(schools);
        db.AddRange(
            new Institution { Uscc = "91500108TEST000011", Name = "南岸甲培训", Category = Institution.NonSubject, RegionCode = Nanan },
            new Institution { Uscc = "91500108TEST000012", Name = "南岸乙培训", Category = Institution.NonSubject, RegionCode = Nanan });
        await db.SaveChangesAsync();
        var institution = await db.Set<Institution>().FirstAsync(i => i.Uscc == "91500108TEST000011");

        void Visit(string kind, string id, DateOnly day)
        {
            var v = new Visit { RegionCode = Nanan, TargetKind = kind, TargetId = id, Date = day, Month = day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) };
            db.Add(v);
            db.AddIfAbsent(new CoverageMark { Month = v.Month, TargetKind = kind, TargetId = id, RegionCode = Nanan, VisitId = v.Id, VisitedOn = day });
        }
        Visit("school", schools[0].Id, new DateOnly(2026, 10, 12));
        Visit("school", schools[0].Id, new DateOnly(2026, 11, 3));
        Visit("school", schools[1].Id, new DateOnly(2026, 11, 4));
        Visit("school", schools[3].Id, new DateOnly(2026, 10, 20));
        Visit("institution", institution.Id, new DateOnly(2026, 11, 5));
        await db.SaveChangesAsync();

        static DateTime At(int month, int day) => ChinaTime.StartOfDayUtc(new DateOnly(2026, month, day)).AddHours(10);
        Problem P(School s, string text, DateTime created, DateOnly deadline, DateTime? closed = null) => new()
        {
            RegionCode = Nanan, TargetKind = "school", TargetId = s.Id, TargetName = s.Name, Category = "其他", Description = text, CreatedAt = created, Deadline = deadline,
            Status = closed is null ? ProblemStatuses.Open : ProblemStatuses.Closed, ClosedAt = closed,
        };
        db.AddRange(
            P(schools[0], "作业公示不全", At(10, 5), new DateOnly(2026, 10, 20)),
            P(schools[0], "课后服务台账缺失", At(10, 6), new DateOnly(2026, 10, 30), At(11, 3)),
            P(schools[1], "课后服务未开展", At(10, 7), new DateOnly(2026, 10, 25)),
            P(schools[2], "超标布置作业", At(11, 1), new DateOnly(2026, 11, 10)),
            P(schools[2], "超标布置作业", At(11, 1), new DateOnly(2026, 11, 10)),
            P(schools[2], "考试排名公布", At(9, 1), new DateOnly(2026, 9, 20), At(10, 10)));

        Complaint C(string target, int day) => new()
        {
            ReceiptHash = Guid.NewGuid().ToString("N"), RegionCode = Nanan, TargetKind = "school", TargetName = target, Category = "其他", Content = "手工统计",
            SubmittedAt = At(11, day), AcceptDeadline = new DateOnly(2026, 11, day + 5),
        };
        var closedOnTime = C("南岸测试小学1", 5);
        (closedOnTime.Status, closedOnTime.HandleDeadline, closedOnTime.ClosedAt) = (ComplaintStatuses.Closed, new DateOnly(2026, 11, 20), At(11, 18));
        db.AddRange(closedOnTime, C("南岸测试小学1", 6), C("南岸某培训机构", 7));

        EscalationRecord Commend(DateOnly on, string reason) => new()
        {
            RegionCode = Nanan, TargetKind = "school", TargetId = schools[3].Id, TargetName = schools[3].Name, Reason = reason, Level = EscalationLevels.Commendation, DecidedOn = on,
        };
        db.AddRange(Commend(new DateOnly(2026, 11, 10), "课后服务做法突出"), Commend(new DateOnly(2026, 9, 10), "上季度表扬"));
        await db.SaveChangesAsync();
        return schools.Select(s => s.Id).ToList();
    });

    /// <summary>The ranking table's rows (the table headed 名次), cells joined by "|".</summary>
    private static List<string> Rows(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(stream, false);
        var table = doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>().Single(t => t.InnerText.StartsWith("名次", StringComparison.Ordinal));
        return table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
            .Select(r => string.Join('|', r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText))).ToList();
    }

    /// <summary>The document's text, paragraph by paragraph, a table cell's label and value joined.</summary>
    private static string Text(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(stream, false);
        return string.Concat(doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
