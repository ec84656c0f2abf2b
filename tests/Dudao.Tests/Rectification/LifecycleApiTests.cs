using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Rectification;

public sealed class LifecycleApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_problem_goes_from_plan_to_evidence_to_verification_and_every_step_is_recorded(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var (office, school, inspector) = (await app.ApiAsync("jlp-admin"), await app.ApiAsync("jlp-school"), await app.ApiAsync("jlp-duxue"));
        var created = await Problems.CreateAsync(office, await Problems.UnitIdAsync(app, "jlp-school"), Problems.Unique("课后服务内容单一"));
        var id = created.Id();
        created.Status().ShouldBe("open");
        created.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        created.GetProperty("regionCode").GetString().ShouldBe("500107");
        created.GetProperty("source").GetString().ShouldBe("manual");

        (await school.PostAsJsonAsync($"/api/problems/{id}/plan", new { note = "增设科技、体育社团，12月底前完成" })).EnsureSuccessStatusCode();
        (await Problems.GetAsync(school, id)).Status().ShouldBe("rectifying");

        var evidence = await Problems.EvidenceAsync(school, id, "已开设5个社团", Problems.Png);
        evidence.StatusCode.ShouldBe(HttpStatusCode.OK, await evidence.Content.ReadAsStringAsync());
        (await Problems.GetAsync(school, id)).Status().ShouldBe("awaiting-verification");

        var verified = await inspector.PostAsJsonAsync($"/api/problems/{id}/verify", new { passed = true, note = "现场核实" });
        verified.StatusCode.ShouldBe(HttpStatusCode.OK, await verified.Content.ReadAsStringAsync());
        var closed = await Problems.GetAsync(office, id);
        closed.Status().ShouldBe("closed");
        closed.GetProperty("followUpOn").GetString().ShouldBe("2026-12-23");

        var history = await school.GetFromJsonAsync<JsonElement>($"/api/problems/{id}/history");
        var steps = history.GetProperty("steps").EnumerateArray().ToList();
        steps.Select(s => s.GetProperty("action").GetString()).ShouldBe(["opened", "plan", "evidence", "verify-passed"]);
        steps[2].GetProperty("files").EnumerateArray().Single().GetProperty("fileName").GetString().ShouldBe("整改后照片.png");
        steps[3].GetProperty("userName").GetString().ShouldBe("jlp-duxue");
        var audited = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "Problem" && a.EntityId == id).CountAsync());
        audited.ShouldBe(4, "created, planned, evidenced, verified");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Illegal_moves_are_refused_with_a_clear_reason(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var (office, school, inspector) = (await app.ApiAsync("jlp-admin"), await app.ApiAsync("jlp-school"), await app.ApiAsync("jlp-duxue"));
        var id = (await Problems.CreateAsync(office, await Problems.UnitIdAsync(app, "jlp-school"), Problems.Unique("作业总量超标"))).Id();

        var closeEarly = await inspector.PostAsJsonAsync($"/api/problems/{id}/verify", new { passed = true });
        closeEarly.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await closeEarly.DetailOf()).ShouldContain("尚未提交整改佐证");
        var evidenceFirst = await Problems.EvidenceAsync(school, id, "已整改");
        evidenceFirst.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await evidenceFirst.DetailOf()).ShouldContain("请先提交整改方案");
        (await inspector.PostAsJsonAsync($"/api/problems/{id}/plan", new { note = "代写方案" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await school.PostAsJsonAsync($"/api/problems/{id}/plan", new { note = " " })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await school.PostAsJsonAsync($"/api/problems/{id}/plan", new { note = "控制作业总量" })).EnsureSuccessStatusCode();
        (await Problems.EvidenceAsync(school, id, "作业公示制度已建立")).EnsureSuccessStatusCode();
        var ownUnit = await school.PostAsJsonAsync($"/api/problems/{id}/verify", new { passed = true });
        ownUnit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ownUnit.DetailOf()).ShouldContain("不能核验本单位");
        var department = await app.ApiAsync("jlp-jjk");
        (await department.PostAsJsonAsync($"/api/problems/{id}/verify", new { passed = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var noReason = await inspector.PostAsJsonAsync($"/api/problems/{id}/verify", new { passed = false });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("note")[0].GetString()!.ShouldContain("原因");

        (await inspector.PostAsJsonAsync($"/api/problems/{id}/verify", new { passed = false, note = "公示未覆盖三年级" })).EnsureSuccessStatusCode();
        (await Problems.GetAsync(school, id)).Status().ShouldBe("rectifying");
        var notices = await school.GetFromJsonAsync<JsonElement>("/api/me/notices?pageSize=200");
        notices.GetProperty("items").EnumerateArray().ShouldContain(n => n.GetProperty("body").GetString()!.Contains("公示未覆盖三年级"));
        (await school.PostAsJsonAsync($"/api/problems/{id}/follow-up", new { passed = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await inspector.PostAsJsonAsync($"/api/problems/{id}/follow-up", new { passed = true })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_failed_follow_up_check_reopens_a_closed_problem_with_a_new_deadline(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var (office, school, inspector) = (await app.ApiAsync("jlp-admin"), await app.ApiAsync("jlp-school"), await app.ApiAsync("jlp-duxue"));
        var id = (await Problems.CreateAsync(office, await Problems.UnitIdAsync(app, "jlp-school"), Problems.Unique("课后服务收费不规范"),
            new { severity = "high", deadline = "2026-11-30" })).Id();
        (await school.PostAsJsonAsync($"/api/problems/{id}/plan", new { note = "退还费用" })).EnsureSuccessStatusCode();
        (await Problems.EvidenceAsync(school, id, "已退还")).EnsureSuccessStatusCode();
        (await office.PostAsJsonAsync($"/api/problems/{id}/verify", new { passed = true })).EnsureSuccessStatusCode();

        var failed = await inspector.PostAsJsonAsync($"/api/problems/{id}/follow-up", new { passed = false, note = "又收取了资料费" });
        failed.StatusCode.ShouldBe(HttpStatusCode.OK, await failed.Content.ReadAsStringAsync());
        var reopened = await Problems.GetAsync(office, id);
        reopened.Status().ShouldBe("rectifying");
        reopened.GetProperty("closedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        // Monday 2026-11-23 + 10 working days for a serious problem.
        reopened.GetProperty("deadline").GetString().ShouldBe("2026-12-07");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Two_verifications_of_the_same_version_at_once_one_succeeds_and_the_other_gets_409(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var (office, school, inspector) = (await app.ApiAsync("jlp-admin"), await app.ApiAsync("jlp-school"), await app.ApiAsync("jlp-duxue"));
        var id = (await Problems.CreateAsync(office, await Problems.UnitIdAsync(app, "jlp-school"), Problems.Unique("眼保健操未落实"))).Id();
        (await school.PostAsJsonAsync($"/api/problems/{id}/plan", new { note = "每天两次" })).EnsureSuccessStatusCode();
        (await Problems.EvidenceAsync(school, id, "已落实")).EnsureSuccessStatusCode();
        var version = (await Problems.GetAsync(office, id)).GetProperty("version").GetInt32();

        var answers = await Task.WhenAll(
            inspector.PostAsJsonAsync($"/api/problems/{id}/verify", new { passed = true, version }),
            office.PostAsJsonAsync($"/api/problems/{id}/verify", new { passed = false, note = "资料不全", version }));
        answers.Select(a => a.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);

        var stale = await office.PostAsJsonAsync($"/api/problems/{id}/verify", new { passed = true, version });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_department_of_the_county_can_be_made_responsible_and_then_it_plans_not_the_school(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");
        var jjk = await Problems.UnitIdAsync(app, "jlp-jjk");
        var problem = await Problems.CreateAsync(office, schoolId, Problems.Unique("课后服务统筹不到位"), new { responsibleDepartmentId = jjk });
        problem.GetProperty("responsibleKind").GetString().ShouldBe("department");
        problem.GetProperty("responsibleId").GetString().ShouldBe(jjk);

        var school = await app.ApiAsync("jlp-school");
        (await school.PostAsJsonAsync($"/api/problems/{problem.Id()}/plan", new { note = "学校代报" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var department = await app.ApiAsync("jlp-jjk");
        (await department.PostAsJsonAsync($"/api/problems/{problem.Id()}/plan", new { note = "基教科统筹全区课后服务" })).EnsureSuccessStatusCode();

        var spbDepartment = await app.WithDbAsync(db => db.Set<Dudao.Modules.Organization.Domain.Department>()
            .Where(d => d.RegionCode == "500106").Select(d => d.Id).FirstAsync());
        var refused = await office.PostAsJsonAsync("/api/problems", new
        {
            targetKind = "school", targetId = schoolId, source = "manual", category = "作业管理", severity = "low",
            description = "跨区指定责任科室", responsibleDepartmentId = spbDepartment,
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("责任科室应为问题所在区县的科室");

        var (_, form) = await (await app.PagesAsync("jlp-admin")).GetAsync("/staff/problems/new");
        var options = form.QuerySelectorAll("#Input-ResponsibleDepartmentId option").Select(o => o.TextContent.Trim()).ToList();
        options.ShouldContain("九龙坡区 基教科");
        options.ShouldNotContain(o => o.StartsWith("沙坪坝区"));
    }
}
