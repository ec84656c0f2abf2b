using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Core.Time;
using Microsoft.EntityFrameworkCore;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Rectification.Domain;

namespace Dudao.Tests.Reporting;

/// <summary>
/// The dashboard on constructed data in 南岸区 (500108), a county the demo leaves empty: every figure equals a
/// count by hand, the 重庆市 view holds the same row among its counties, and a county sees only its subtree.
/// </summary>
public sealed class DashboardTests
{
    private const string Nanan = "500108";

    [Theory, ClassData(typeof(Databases))]
    public async Task The_dashboard_figures_equal_a_hand_count_and_drill_down_to_zones_and_schools(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var schools = await ConstructAsync(app);
        var admin = await app.ApiAsync("admin");
        (await admin.PostAsync("/api/admin/jobs/rollup-overdue/run", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var d = await admin.GetFromJsonAsync<JsonElement>($"/api/dashboard?regionCode={Nanan}&month=2026-11");
        d.GetProperty("regionCode").GetString().ShouldBe(Nanan);
        d.GetProperty("month").GetString().ShouldBe("2026-11");
        var f = d.GetProperty("figures");
        // 4 schools and 2 operating institutions (the suspended one is not covered); 2 schools and 1 institution visited.
        Int(f, "visits").ShouldBe(4);
        Int(f, "schools").ShouldBe(4);
        Int(f, "schoolsVisited").ShouldBe(2);
        Int(f, "institutions").ShouldBe(2);
        Int(f, "institutionsVisited").ShouldBe(1);
        f.GetProperty("coverageRate").GetDouble().ShouldBe(0.5);
        // Problems: p1 (Nov, open, overdue), p3 (Nov, open, not due) opened; p2 (Oct) closed in Nov.
        Int(f, "problemsOpened").ShouldBe(2);
        Int(f, "problemsClosed").ShouldBe(1);
        Int(f, "problemsOverdue").ShouldBe(1);
        Int(f, "problemsOpenedToDate").ShouldBe(3);
        Int(f, "problemsClosedToDate").ShouldBe(1);
        f.GetProperty("rectificationRate").GetDouble().ShouldBe(0.3333);
        // Complaints: four received; one closed on time, one late, one rejected.
        Int(f, "complaintsReceived").ShouldBe(4);
        Int(f, "complaintsClosed").ShouldBe(2);
        Int(f, "complaintsClosedOnTime").ShouldBe(1);
        Int(f, "complaintsRejected").ShouldBe(1);
        f.GetProperty("complaintsOnTimeRate").GetDouble().ShouldBe(0.5);
        Int(f.GetProperty("escalationsByLevel"), "notice").ShouldBe(1);
        Int(f.GetProperty("escalationsByLevel"), "listed").ShouldBe(1);
        f.GetProperty("escalationsByLevel").EnumerateObject().Count().ShouldBe(2);
        d.GetProperty("children").GetArrayLength().ShouldBe(0);

        // The trend: October holds p2's opening and one visit, nothing closed yet.
        var october = d.GetProperty("trend").EnumerateArray().Single(t => t.GetProperty("month").GetString() == "2026-10").GetProperty("figures");
        Int(october, "problemsOpened").ShouldBe(1);
        Int(october, "visits").ShouldBe(1);
        october.GetProperty("rectificationRate").GetDouble().ShouldBe(0);
        d.GetProperty("trend").GetArrayLength().ShouldBe(12);

        // Zones: three schools in 第一责任区 (two visited, p1 and p3 open, p1 overdue), one in none.
        var zones = d.GetProperty("zones").EnumerateArray().ToList();
        zones.Select(z => z.GetProperty("name").GetString()).ShouldBe(["第一责任区", "（未划分责任区）"]);
        (Int(zones[0], "schools"), Int(zones[0], "schoolsVisited"), Int(zones[0], "problemsOpen"), Int(zones[0], "problemsOverdue")).ShouldBe((3, 2, 2, 1));
        var inZone = await admin.GetFromJsonAsync<JsonElement>($"/api/dashboard/schools?regionCode={Nanan}&month=2026-11&zone={Uri.EscapeDataString("第一责任区")}");
        inZone.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ShouldBe(schools.Take(3));
        inZone.EnumerateArray().First().GetProperty("visitedOn").GetString().ShouldBe("2026-11-03");

        // 重庆市 lists 南岸区 among its counties with the same figures, and holds them in its own.
        var city = await admin.GetFromJsonAsync<JsonElement>("/api/dashboard?regionCode=500000&month=2026-11");
        var row = city.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("regionCode").GetString() == Nanan);
        row.GetProperty("name").GetString().ShouldBe("南岸区");
        Int(row.GetProperty("figures"), "complaintsReceived").ShouldBe(4);
        Int(row.GetProperty("figures"), "problemsOverdue").ShouldBe(1);
        Int(row, "rank").ShouldBe(1); // the only county with visits this month
        Int(city.GetProperty("figures"), "complaintsReceived").ShouldBeGreaterThanOrEqualTo(4);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_county_sees_only_its_subtree_and_bad_input_is_named(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var county = await app.ApiAsync("jlp-admin");
        (await county.GetAsync("/api/dashboard?regionCode=500000")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await county.GetAsync("/api/dashboard?regionCode=500106")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await county.GetAsync("/api/dashboard/schools?regionCode=500106")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var own = await county.GetFromJsonAsync<JsonElement>("/api/dashboard");
        own.GetProperty("regionCode").GetString().ShouldBe("500107");
        own.GetProperty("path").EnumerateArray().Select(p => p.GetProperty("regionCode").GetString()).ShouldBe(["500107"]);

        var bad = await county.GetAsync("/api/dashboard?month=2026-13");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("月份格式应为 yyyy-MM");
        (await county.GetAsync("/api/dashboard?regionCode=50x")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // Schools, institutions and inspectors have no dashboard.
        foreach (var user in new[] { "jlp-school", "jlp-jg", "jlp-duxue" })
            (await (await app.ApiAsync(user)).GetAsync("/api/dashboard")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var pages = await app.PagesAsync("jlp-admin");
        var (response, page) = await pages.GetAsync("/staff/reports");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#key-figures").ShouldNotBeNull();
        page.QuerySelector("#zones-table").ShouldNotBeNull();
        page.QuerySelector("#region-path")!.TextContent.ShouldNotContain("重庆市");
        (await pages.GetAsync("/staff/reports?regionCode=500106")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var export = await pages.Http.GetAsync("/staff/reports/export/zones?regionCode=500107");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await pages.Http.GetAsync("/staff/reports/export/zones?regionCode=500106")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pages.GetAsync("/staff/reports/print?regionCode=500107")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    /// <summary>南岸区's schools, institutions, visits, problems, complaints and escalations; returns the school ids in code order.</summary>
    internal static async Task<List<string>> ConstructAsync(TestApp app) => await app.WithDbAsync(async db =>
    {
        var schools = Enumerable.Range(1, 4).Select(i => new School
        {
            Code = $"31500{i:00}999", Name = $"南岸测试小学{i}", Type = "小学", Ownership = "公办", RegionCode = Nanan, Zone = i <= 3 ? "第一责任区" : null,
        }).ToList();
        db.AddRange(schools);
        db.AddRange(
            new Institution { Uscc = "91500108TEST000001", Name = "南岸甲培训", Category = Institution.NonSubject, RegionCode = Nanan },
            new Institution { Uscc = "91500108TEST000002", Name = "南岸乙培训", Category = Institution.NonSubject, RegionCode = Nanan },
            new Institution { Uscc = "91500108TEST000003", Name = "南岸丙培训", Category = Institution.NonSubject, RegionCode = Nanan, Status = "停办" });
        await db.SaveChangesAsync();
        var institution = await db.Set<Institution>().FirstAsync(i => i.Uscc == "91500108TEST000001");

        void Visit(string kind, string id, DateOnly day)
        {
            var v = new Visit { RegionCode = Nanan, TargetKind = kind, TargetId = id, Date = day, Month = day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) };
            db.Add(v);
            db.AddIfAbsent(new CoverageMark { Month = v.Month, TargetKind = kind, TargetId = id, RegionCode = Nanan, VisitId = v.Id, VisitedOn = day });
        }
        Visit("school", schools[0].Id, new DateOnly(2026, 11, 3));
        Visit("school", schools[0].Id, new DateOnly(2026, 11, 9));
        Visit("school", schools[1].Id, new DateOnly(2026, 11, 4));
        Visit("institution", institution.Id, new DateOnly(2026, 11, 5));
        Visit("school", schools[2].Id, new DateOnly(2026, 10, 12));
        await db.SaveChangesAsync();

        static DateTime At(int month, int day) => ChinaTime.StartOfDayUtc(new DateOnly(2026, month, day)).AddHours(10);
        Problem P(string schoolId, DateTime created, DateOnly deadline) => new()
        {
            RegionCode = Nanan, TargetKind = "school", TargetId = schoolId, TargetName = "南岸测试小学", Category = "其他", Description = "手工统计", CreatedAt = created, Deadline = deadline,
        };
        db.Add(P(schools[0].Id, At(11, 2), new DateOnly(2026, 11, 10)));
        var p2 = P(schools[1].Id, At(10, 5), new DateOnly(2026, 10, 30));
        p2.Status = ProblemStatuses.Closed;
        p2.ClosedAt = At(11, 3);
        db.Add(p2);
        db.Add(P(schools[2].Id, At(11, 20), new DateOnly(2026, 12, 20)));

        Complaint C(int day) => new()
        {
            ReceiptHash = Guid.NewGuid().ToString("N"), RegionCode = Nanan, TargetKind = "school", TargetName = "南岸测试小学", Category = "其他", Content = "手工统计",
            SubmittedAt = At(11, day), AcceptDeadline = new DateOnly(2026, 11, day + 5),
        };
        var onTime = C(5);
        (onTime.Status, onTime.HandleDeadline, onTime.ClosedAt) = (ComplaintStatuses.Closed, new DateOnly(2026, 11, 20), At(11, 18));
        var late = C(6);
        (late.Status, late.HandleDeadline, late.ClosedAt) = (ComplaintStatuses.Closed, new DateOnly(2026, 11, 21), At(11, 22));
        var rejected = C(7);
        (rejected.Status, rejected.RejectedAt) = (ComplaintStatuses.Rejected, At(11, 7));
        db.AddRange(onTime, late, rejected, C(8));

        EscalationRecord E(string level, DateOnly on) => new() { RegionCode = Nanan, TargetKind = "school", TargetName = "南岸测试小学", Reason = "手工统计", Level = level, DecidedOn = on };
        db.AddRange(E(EscalationLevels.Notice, new DateOnly(2026, 11, 10)), E(EscalationLevels.Listed, new DateOnly(2026, 11, 12)),
            E(EscalationLevels.Interview, new DateOnly(2026, 10, 1)));
        await db.SaveChangesAsync();
        return schools.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => s.Id).ToList();
    });
}
