using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Dudao.Tests.Complaints;
using Dudao.Tests.Rectification;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Platform;

/// <summary>The 工作台: what awaits each demo account, on data this test builds in an app of its own.</summary>
public sealed class WorkbenchTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Each_demo_account_gets_exactly_its_own_todos_sorted_by_deadline(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var w = await World.BuildAsync(app);

        (await TodosAsync(app, "jlp-admin")).ShouldBe(
        [
            ("complaint-accept", w.Homework), ("complaint-handle", w.Other), ("problem-verify", w.Verifying), ("problem-overdue", w.Overdue),
            ("docket-record-reply", w.PersonDocket), ("docket-overdue", w.DepartmentDocket),
        ], ignoreOrder: true);
        (await TodosAsync(app, "jlp-jjk")).ShouldBe([("complaint-accept", w.Homework), ("docket-reply", w.DepartmentDocket)], ignoreOrder: true);
        (await TodosAsync(app, "jlp-school")).ShouldBe(
        [
            ("problem-plan", w.Open), ("problem-plan", w.Overdue), ("docket-reply", w.SchoolDocket), ("self-assessment", w.SelfAssessment),
            // 000 §9: at least one excellent case a quarter.
            ("case-submit", "/staff/school-affairs/cases/new"),
        ], ignoreOrder: true);
        (await TodosAsync(app, "jlp-jg")).ShouldBe([("problem-plan", w.InstitutionProblem)]);
        var inspectorId = await Problems.UnitIdAsync(app, "jlp-duxue");
        // Every assigned school and operating institution, none visited yet this month.
        var assigned = await app.WithDbAsync(db => db.Set<Assignment>()
            .Where(a => a.InspectorId == inspectorId && (a.TargetKind == Assignment.SchoolTarget
                        || db.Set<Institution>().Any(i => i.Id == a.TargetId && i.Status == Institution.Normal)))
            .Select(a => "/staff/visits/new?targetKind=" + a.TargetKind + "&targetId=" + a.TargetId).ToListAsync());
        assigned.ShouldNotBeEmpty();
        (await TodosAsync(app, "jlp-duxue")).ShouldBe([("problem-verify", w.Verifying), .. assigned.Select(l => ("visit-due", l))], ignoreOrder: true);
        foreach (var nobody in new[] { "admin", "spb-admin", "spb-jjk", "jlp-pxjg" })
            (await TodosAsync(app, nobody)).ShouldBeEmpty(nobody);

        foreach (var user in new[] { "jlp-admin", "jlp-school", "jlp-duxue" })
        {
            var deadlines = (await (await app.ApiAsync(user)).GetFromJsonAsync<JsonElement>("/api/me/todos")).EnumerateArray()
                .Select(t => t.GetProperty("deadline").GetString()!).ToList();
            deadlines.ShouldBe(deadlines.Order(StringComparer.Ordinal).ToList(), user);
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_staff_home_lists_the_todos_with_this_months_counts_and_the_top_bar_counts_unread_notices(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var w = await World.BuildAsync(app);
        var pages = await app.PagesAsync("jlp-school");

        var (response, home) = await pages.GetAsync("/staff");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = home.QuerySelectorAll("[data-testid=todo]");
        rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")).ShouldBe([w.Overdue, w.SelfAssessment, w.SchoolDocket, w.Open, "/staff/school-affairs/cases/new"]);
        rows[0].TextContent.ShouldContain("超期 1 天");
        home.QuerySelector("[data-testid=todos-open]")!.TextContent.ShouldBe("5", "the four above and this quarter's excellent case");
        home.QuerySelector("[data-testid=todos-overdue]")!.TextContent.ShouldBe("1");
        home.QuerySelector("[data-testid=todos-done]")!.TextContent.ShouldBe("2", "the plan and the evidence the school sent this month");

        var unread = (await (await app.ApiAsync("jlp-school")).GetFromJsonAsync<JsonElement>("/api/me/notices?unread=true")).GetProperty("total").GetInt32();
        unread.ShouldBeGreaterThan(0);
        home.QuerySelector("[data-testid=notice-badge]")!.GetAttribute("href").ShouldBe("/staff/notices");
        home.QuerySelector("[data-testid=unread-count]")!.TextContent.ShouldBe(unread.ToString(CultureInfo.InvariantCulture));

        var (_, quiet) = await (await app.PagesAsync("spb-jjk")).GetAsync("/staff");
        quiet.QuerySelectorAll("[data-testid=todo]").ShouldBeEmpty();
        quiet.Body!.TextContent.ShouldContain("目前没有等待您处理的事项");
        quiet.QuerySelector("[data-testid=unread-count]").ShouldBeNull();
    }

    private static async Task<List<(string Kind, string Link)>> TodosAsync(TestApp app, string userName) =>
        (await (await app.ApiAsync(userName)).GetFromJsonAsync<JsonElement>("/api/me/todos")).EnumerateArray()
        .Select(t => (t.GetProperty("kind").GetString()!, t.GetProperty("link").GetString()!)).ToList();

    /// <summary>
    /// One of each thing that waits on somebody in 九龙坡区, made on Monday 2026-11-23 and looked at on Wednesday
    /// 2026-11-25 (links as the to-dos give them).
    /// </summary>
    private sealed record World(string Homework, string Other, string Open, string Verifying, string Overdue, string InstitutionProblem,
        string SchoolDocket, string PersonDocket, string DepartmentDocket, string SelfAssessment)
    {
        public static async Task<World> BuildAsync(TestApp app)
        {
            // The built-in returns ask every school and department for something each period; ReturnTests covers those to-dos.
            await app.WithDbAsync(db => db.Set<Dudao.Modules.Returns.Domain.ReturnForm>().ExecuteUpdateAsync(f => f.SetProperty(x => x.Active, false)));
            var office = await app.ApiAsync("jlp-admin");
            var school = await app.ApiAsync("jlp-school");
            var schoolId = await Problems.UnitIdAsync(app, "jlp-school");

            // 作业负担 goes to 基教科; 其他 to the office, which accepts it.
            var homework = ComplaintApi.UniqueTarget();
            await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(homework, category: "作业负担"));
            var other = ComplaintApi.UniqueTarget();
            await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(other, category: "其他"));
            var otherId = await ComplaintApi.IdOfAsync(office, other);
            (await office.PostAsJsonAsync($"/api/complaints/{otherId}/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

            var open = (await Problems.CreateAsync(office, schoolId, Problems.Unique("作业公示不及时"))).Id();
            var overdue = (await Problems.CreateAsync(office, schoolId, Problems.Unique("课后服务未公示"), new { deadline = "2026-11-24" })).Id();
            var verifying = (await Problems.CreateAsync(office, schoolId, Problems.Unique("考试排名"))).Id();
            (await school.PostAsJsonAsync($"/api/problems/{verifying}/plan", new { note = "停止排名" })).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await Problems.EvidenceAsync(school, verifying, "已停止", Problems.Png)).StatusCode.ShouldBe(HttpStatusCode.OK);
            var institution = await office.PostAsJsonAsync("/api/problems", new
            {
                targetKind = "institution", targetId = await Problems.UnitIdAsync(app, "jlp-jg"), source = "manual", category = "收费管理",
                severity = "low", description = Problems.Unique("收费未公示"),
            });
            institution.StatusCode.ShouldBe(HttpStatusCode.Created, await institution.Content.ReadAsStringAsync());

            var schoolDocket = await ListedAsync(office, new { targetKind = "school", targetId = schoolId }, "2026-12-15");
            var personDocket = await ListedAsync(office, new { targetKind = "person", targetName = "王某", targetUnit = "某小学 教师", regionCode = "500107" }, "2026-12-10");
            var jjk = await app.WithDbAsync(db => db.Set<Department>().Where(d => d.RegionCode == "500107" && d.Name == "基教科").Select(d => d.Id).SingleAsync());
            var departmentDocket = await ListedAsync(office, new { targetKind = "department", targetId = jjk }, "2026-11-24");

            var round = await office.PostAsJsonAsync("/api/self-assessment-rounds", new { name = "2026年秋季双减自评", targetKind = "school", deadline = "2026-11-30", targetIds = new[] { schoolId } });
            round.StatusCode.ShouldBe(HttpStatusCode.Created, await round.Content.ReadAsStringAsync());
            var selfAssessment = await app.WithDbAsync(db => db.Set<Dudao.Modules.Inspections.Domain.SelfAssessment>().Where(s => s.TargetId == schoolId).Select(s => s.Id).SingleAsync());

            var homeworkId = await ComplaintApi.IdOfAsync(office, homework);
            var institutionId = (await institution.Content.ReadFromJsonAsync<JsonElement>()).Id();
            app.Clock.Advance(TimeSpan.FromDays(2)); // tokens issued before have expired
            return new World($"/staff/complaints/{homeworkId}", $"/staff/complaints/{otherId}", P(open), P(verifying), P(overdue),
                P(institutionId), schoolDocket, personDocket, departmentDocket, $"/staff/self-assessments/{selfAssessment}");
        }

        private static string P(string id) => $"/staff/problems/{id}";

        private static async Task<string> ListedAsync(HttpClient office, object target, string deadline)
        {
            var body = JsonSerializer.SerializeToNode(target)!.AsObject();
            body["level"] = "listed";
            body["reason"] = "整改不力";
            body["requirement"] = "限期整改到位并书面回复";
            body["deadline"] = deadline;
            var response = await office.PostAsJsonAsync("/api/escalations", body);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            return $"/staff/escalations/{(await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()}";
        }
    }
}
