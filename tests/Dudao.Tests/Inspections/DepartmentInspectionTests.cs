using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Inspections;

/// <summary>Departments inspect (seed 003: 由区教委校外培训监管科牵头…开展专项实地督导), within the remit their region gives them.</summary>
public sealed class DepartmentInspectionTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_training_department_plans_and_leads_a_special_inspection_records_a_visit_opens_a_problem_and_proposes_an_escalation(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pxjg = await app.ApiAsync("jlp-pxjg");
        var institutions = await SpecialApi.InstitutionsAsync(app, "500107");
        var tag = Guid.NewGuid().ToString("N")[..6];

        // A department leads with its own staff: no inspector is needed on the team.
        var plan = await SpecialApi.PlanAsync(pxjg, $"学科类培训压减专项-{tag}", "institution", institutions.Skip(4).Take(2), []);
        var detail = await pxjg.GetFromJsonAsync<JsonElement>($"/api/special-inspections/{plan}");
        detail.GetProperty("leadUnit").GetString().ShouldBe("校外培训监管科");
        (await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>("/api/special-inspections")).EnumerateArray()
            .ShouldContain(s => s.GetProperty("id").GetString() == plan && s.GetProperty("leadUnit").GetString() == "校外培训监管科");

        var created = await SpecialApi.RecordAsync(pxjg, SpecialApi.Visit("institution", institutions[4], "special", plan, finding: $"隐形变异培训-{tag}"));
        var problemId = created.GetProperty("problemIds").EnumerateArray().Single().GetString();
        var problem = await pxjg.GetFromJsonAsync<JsonElement>($"/api/problems/{problemId}");
        problem.GetProperty("source").GetString().ShouldBe("inspection");
        problem.GetProperty("targetId").GetString().ShouldBe(institutions[4]);
        (await pxjg.GetFromJsonAsync<JsonElement>($"/api/special-inspections/{plan}")).GetProperty("visited").GetInt32().ShouldBe(1);
        var report = ReportTests.Text(await pxjg.GetByteArrayAsync($"/api/special-inspections/{plan}/report"));
        report.ShouldContain("校外培训监管科（牵头）");
        // Its own visits it may complete; outside a plan it inspects in other ways than the responsible inspector's routine.
        var visitId = created.GetProperty("id").GetString();
        (await pxjg.PutAsJsonAsync($"/api/visits/{visitId}", new { methods = new[] { "interview" }, results = Array.Empty<object>(), summary = "补充走访座谈。" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await SpecialApi.RecordAsync(pxjg, SpecialApi.Visit("institution", institutions[6], "unannounced"));
        (await pxjg.PostAsJsonAsync("/api/visits", SpecialApi.Visit("institution", institutions[6], "routine"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The department proposes; the office decides.
        (await pxjg.PostAsJsonAsync("/api/escalations", new { targetKind = "institution", targetId = institutions[4], level = "notice", reason = "x", noticeForm = "书面" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var proposed = await pxjg.PostAsJsonAsync("/api/escalation-proposals", new
        {
            targetKind = "institution", targetId = institutions[4], level = "interview", reason = $"专项督导发现隐形变异培训，建议约谈-{tag}", problemIds = new[] { problemId },
        });
        proposed.StatusCode.ShouldBe(HttpStatusCode.Created, await proposed.Content.ReadAsStringAsync());
        var suggestion = await proposed.Content.ReadFromJsonAsync<JsonElement>();
        suggestion.GetProperty("status").GetString().ShouldBe("pending");
        suggestion.GetProperty("proposedBy").GetString().ShouldBe("jlp-pxjg");
        var office = await app.ApiAsync("jlp-admin");
        (await office.GetFromJsonAsync<JsonElement>("/api/escalation-suggestions?status=pending&pageSize=100")).GetProperty("items").EnumerateArray()
            .ShouldContain(s => s.GetProperty("id").GetString() == suggestion.GetProperty("id").GetString());
        (await office.GetStringAsync("/api/me/notices?pageSize=100")).ShouldContain(tag);
        var confirmed = await office.PostAsJsonAsync("/api/escalations", new
        {
            targetKind = "institution", targetId = institutions[4], level = "interview", reason = "约谈负责人", interviewAt = "2026-11-24T09:30:00",
            interviewPlace = "区教委", interviewAttendees = "机构负责人", problemIds = new[] { problemId }, suggestionId = suggestion.GetProperty("id").GetString(),
        });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Created, await confirmed.Content.ReadAsStringAsync());
        var refused = await pxjg.PostAsJsonAsync("/api/escalation-proposals", new { targetKind = "institution", targetId = institutions[4], level = "约谈", reason = "" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("level")[0].GetString()!.ShouldContain("interview");
        errors.GetProperty("reason")[0].GetString()!.ShouldContain("理由");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_department_inspects_schools_only_once_its_region_puts_them_in_its_remit(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pxjg = await app.ApiAsync("jlp-pxjg");
        var office = await app.ApiAsync("jlp-admin");
        var schools = await SpecialApi.SchoolsAsync(app, "500107");
        var department = await SpecialApi.DepartmentAsync(app, "500107", "校外培训监管科");
        var inspector = await SpecialApi.UnitOfAsync(app, "jlp-duxue");

        var visit = await pxjg.PostAsJsonAsync("/api/visits", SpecialApi.Visit("school", schools[5], "unannounced"));
        visit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await visit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("不含学校");
        var plan = await pxjg.PostAsJsonAsync("/api/special-inspections", new
        {
            name = "越界", targetKind = "school", targetIds = new[] { schools[5] }, inspectorIds = new[] { inspector }, startsOn = "2026-11-02", endsOn = "2026-11-30",
        });
        plan.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // 基教科 covers schools by default, and an office-led plan's visits are not a department's to record.
        var jjk = await app.ApiAsync("jlp-jjk");
        await SpecialApi.RecordAsync(jjk, SpecialApi.Visit("school", schools[5], "joint"));
        var officePlan = await SpecialApi.PlanAsync(office, "督导室牵头", "school", [schools[5]], [inspector]);
        (await jjk.PostAsJsonAsync("/api/visits", SpecialApi.Visit("school", schools[5], "special", officePlan))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await pxjg.PutAsJsonAsync($"/api/departments/{department}/remit", new { targetKinds = new[] { "school" } })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var bad = await office.PutAsJsonAsync($"/api/departments/{department}/remit", new { targetKinds = new[] { "teacher" } });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("targetKinds")[0].GetString()!.ShouldContain("teacher");
        try
        {
            var set = await office.PutAsJsonAsync($"/api/departments/{department}/remit", new { targetKinds = new[] { "institution", "school" } });
            set.StatusCode.ShouldBe(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
            (await set.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("remit").EnumerateArray().Select(k => k.GetString()).ShouldBe(["school", "institution"]);
            await SpecialApi.RecordAsync(pxjg, SpecialApi.Visit("school", schools[5], "unannounced"));
        }
        finally
        {
            (await office.PutAsJsonAsync($"/api/departments/{department}/remit", new { targetKinds = new[] { "institution" } })).EnsureSuccessStatusCode();
        }
        (await pxjg.PostAsJsonAsync("/api/visits", SpecialApi.Visit("school", schools[5], "unannounced"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Another_countys_department_gets_404_for_this_countys_plans_visits_and_targets(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pxjg = await app.ApiAsync("jlp-pxjg");
        var institutions = await SpecialApi.InstitutionsAsync(app, "500107");
        var plan = await SpecialApi.PlanAsync(pxjg, "九龙坡区机构专项", "institution", [institutions[7]], []);
        var visit = (await SpecialApi.RecordAsync(pxjg, SpecialApi.Visit("institution", institutions[7], "special", plan, finding: "收费公示缺失")));
        var visitId = visit.GetProperty("id").GetString();
        var problemId = visit.GetProperty("problemIds")[0].GetString();

        var spbAdmin = await app.ApiAsync("spb-admin");
        var spbDepartment = await SpecialApi.AccountAsync(spbAdmin, "department", await SpecialApi.DepartmentAsync(app, "500106", "校外培训监管科"), "department");
        var spb = await app.ApiAsync(spbDepartment, Accounts.UserAdminTests.GoodPassword);
        foreach (var url in new[] { $"/api/special-inspections/{plan}", $"/api/special-inspections/{plan}/report", $"/api/visits/{visitId}", $"/api/problems/{problemId}" })
            (await spb.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        (await spb.GetFromJsonAsync<JsonElement>("/api/special-inspections")).EnumerateArray().ShouldNotContain(s => s.GetProperty("id").GetString() == plan);
        (await spb.PostAsJsonAsync("/api/visits", SpecialApi.Visit("institution", institutions[7], "unannounced"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.PostAsJsonAsync("/api/visits", SpecialApi.Visit("institution", institutions[7], "special", plan))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.PutAsJsonAsync($"/api/visits/{visitId}", new { methods = new[] { "interview" }, summary = "篡改" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.PostAsJsonAsync("/api/escalation-proposals", new { targetKind = "institution", targetId = institutions[7], level = "notice", reason = "越界" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var spbPages = await app.PagesAsync(spbDepartment, Accounts.UserAdminTests.GoodPassword);
        (await spbPages.GetAsync($"/staff/special-inspections/{plan}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spbPages.GetAsync($"/staff/visits/{visitId}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_department_plans_on_the_page_for_the_kind_of_its_remit_and_the_office_sets_the_remit_on_the_page(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = await app.PagesAsync("jlp-pxjg");
        var (_, form) = await pages.GetAsync("/staff/special-inspections/new?targetKind=school");
        form.QuerySelector("input[name='Input.TargetKind']")!.GetAttribute("value").ShouldBe("institution", "a school plan is outside its remit");
        var institution = form.QuerySelector("input[name='Input.TargetIds']")!.GetAttribute("value")!;
        var saved = await pages.SubmitAsync("/staff/special-inspections/new", "#special-form", new()
        {
            ["Input.Name"] = "预收费专项", ["Input.StartsOn"] = "2026-11-10", ["Input.EndsOn"] = "2026-11-20", ["Input.TargetIds"] = institution,
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());

        var jlpPages = await app.PagesAsync("jlp-admin");
        var department = await SpecialApi.DepartmentAsync(app, "500107", "职教科");
        var (units, unitsDoc) = await jlpPages.GetAsync("/staff/units?regionCode=500107");
        units.StatusCode.ShouldBe(HttpStatusCode.OK);
        unitsDoc.QuerySelectorAll($"a[href='/staff/departments/{department}/remit']").Length.ShouldBe(1);
        var url = $"/staff/departments/{department}/remit";
        var set = await jlpPages.SubmitAsync(url, "#remit-form", new() { ["Input.TargetKinds"] = "school" });
        set.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await set.Content.ReadAsStringAsync()).ShouldContain("已保存：学校");
        (await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>($"/api/departments/{department}")).GetProperty("remit")[0].GetString().ShouldBe("school");
        (await (await app.PagesAsync("spb-admin")).GetAsync(url)).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_department_proposes_an_escalation_from_a_problem_on_the_page(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pxjg = await app.ApiAsync("jlp-pxjg");
        var institution = (await SpecialApi.InstitutionsAsync(app, "500107"))[8];
        var tag = Guid.NewGuid().ToString("N")[..6];
        var visit = await SpecialApi.RecordAsync(pxjg, SpecialApi.Visit("institution", institution, "unannounced", finding: $"超前超标培训-{tag}"));
        var problem = visit.GetProperty("problemIds")[0].GetString();

        var pages = await app.PagesAsync("jlp-pxjg");
        var (_, detail) = await pages.GetAsync($"/staff/problems/{problem}");
        var link = detail.QuerySelectorAll("a").Single(a => a.TextContent.Contains("提出督办建议", StringComparison.Ordinal)).GetAttribute("href")!;
        var (_, form) = await pages.GetAsync(link);
        form.QuerySelector("input[name='Input.TargetCode']")!.GetAttribute("value").ShouldNotBeNullOrEmpty();
        var refused = await pages.SubmitAsync(link, "#proposal-form", new() { ["Input.Level"] = "", ["Input.TargetCode"] = "不存在的代码" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        refusedHtml.ShouldContain("级别应为");
        refusedHtml.ShouldContain("对象不存在或不在您的数据范围内");
        var saved = await pages.SubmitAsync(link, "#proposal-form", new() { ["Input.Level"] = "notice" });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await saved.Content.ReadAsStringAsync()).ShouldContain("已提交建议通报");
        var suggestions = await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>("/api/escalation-suggestions?status=pending&pageSize=100");
        suggestions.GetProperty("items").EnumerateArray().ShouldContain(s =>
            s.GetProperty("proposedBy").GetString() == "jlp-pxjg" && s.GetProperty("problemIds").EnumerateArray().Any(p => p.GetString() == problem));
        (await (await app.PagesAsync("jlp-school")).GetAsync("/staff/escalations/propose")).Response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
