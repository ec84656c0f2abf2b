using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Organization;

public sealed class InstitutionLifecycleTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Steps_follow_the_lifecycle_with_dated_history_and_illegal_ones_name_the_allowed_next_states(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("jlp-pxjg");
        var id = await CreateAsync(client, Institutions.Body(Institutions.NewUscc(), "生命周期测试机构"));

        var suspended = await StepAsync(client, id, "停办", "2026-03-01", "场地租约到期");
        suspended.StatusCode.ShouldBe(HttpStatusCode.OK, await suspended.Content.ReadAsStringAsync());
        var body = await suspended.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetString().ShouldBe("停办");
        var history = body.GetProperty("history");
        history.GetArrayLength().ShouldBe(2);
        var step = history.EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "status");
        (step.GetProperty("from").GetString(), step.GetProperty("to").GetString(), step.GetProperty("on").GetString(), step.GetProperty("reason").GetString())
            .ShouldBe(("正常", "停办", "2026-03-01", "场地租约到期"));
        step.GetProperty("recordedBy").GetString().ShouldBe("jlp-pxjg");

        var illegal = await StepAsync(client, id, "审批中", "2026-04-01", "重新申请");
        illegal.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorAsync(illegal, "to")).ShouldBe("不能从“停办”变更为“审批中”；可选：正常、注销、取缔、无证有照、无证无照、变更");

        var earlier = await StepAsync(client, id, "注销", "2026-02-01", "补登");
        (await ErrorAsync(earlier, "on")).ShouldBe("发生日期不能早于上一次变更（2026-03-01）");
        var future = await StepAsync(client, id, "注销", "2026-12-01", "未来");
        (await ErrorAsync(future, "on")).ShouldBe("发生日期不能晚于今天");

        (await StepAsync(client, id, "注销", "2026-05-10", "举办者申请注销")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var final = await StepAsync(client, id, "正常", "2026-06-01", "复办");
        (await ErrorAsync(final, "to")).ShouldBe("机构已注销，不能再变更");

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/institutions/{id}/history");
        read.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("on").GetString()).Take(2).ShouldBe(["2026-11-23", "2026-05-10"]);
        read.GetProperty("next").GetArrayLength().ShouldBe(0);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_subject_type_institution_is_never_newly_approved_and_must_stay_non_profit(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("jlp-admin");
        var application = Institutions.Body(Institutions.NewUscc(), "学科类申请测试");
        (application["category"], application["kind"], application["profit"], application["status"]) = ("学科类", null, "非营利性", "审批中");
        var id = await CreateAsync(client, application);

        var approval = await StepAsync(client, id, "正常", "2026-10-01", "审批通过");
        approval.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorAsync(approval, "to")).ShouldStartWith("不再审批新的面向义务教育阶段学生的学科类校外培训机构");
        (await StepAsync(client, id, "注销", "2026-10-01", "不予批准")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var forProfit = await CreateAsync(client, Institutions.Body(Institutions.NewUscc(), "营利性转学科类测试"));
        var toSubject = await client.PostAsJsonAsync($"/api/institutions/{forProfit}/transitions",
            new { to = "变更", on = "2026-10-01", reason = "经营范围调整", category = "学科类" });
        toSubject.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorAsync(toSubject, "profit")).ShouldBe("学科类机构应为非营利性");

        var renamed = await client.PostAsJsonAsync($"/api/institutions/{forProfit}/transitions",
            new { to = "变更", on = "2026-10-02", reason = "更名", name = "营利性转学科类测试（更名）" });
        var changed = await renamed.Content.ReadFromJsonAsync<JsonElement>();
        changed.GetProperty("name").GetString().ShouldBe("营利性转学科类测试（更名）");
        changed.GetProperty("history").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "change").GetProperty("details").GetString().ShouldBe("名称：营利性转学科类测试 → 营利性转学科类测试（更名）");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_edit_refuses_the_status_and_points_to_the_transition(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("jlp-admin");
        var uscc = Institutions.NewUscc();
        var id = await CreateAsync(client, Institutions.Body(uscc, "编辑状态测试"));
        var edit = Institutions.Body(uscc, "编辑状态测试", version: 0);
        edit["status"] = "取缔";
        var refused = await client.PutAsJsonAsync($"/api/institutions/{id}", edit);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorAsync(refused, "status")).ShouldContain("POST /api/institutions/{id}/transitions");

        edit["status"] = null;
        edit["name"] = "编辑状态测试（改名）";
        var kept = await (await client.PutAsJsonAsync($"/api/institutions/{id}", edit)).Content.ReadFromJsonAsync<JsonElement>();
        (kept.GetProperty("name").GetString(), kept.GetProperty("status").GetString()).ShouldBe(("编辑状态测试（改名）", "正常"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_training_department_keeps_its_county_registry_and_no_other(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pxjg = await app.ApiAsync("jlp-pxjg");
        var id = await CreateAsync(pxjg, Institutions.Body(Institutions.NewUscc(), "监管科登记测试"));

        var jjk = await app.ApiAsync("jlp-jjk");
        (await jjk.PostAsJsonAsync("/api/institutions", Institutions.Body(Institutions.NewUscc(), "基教科登记测试"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await StepAsync(jjk, id, "停办", "2026-11-01", "越权")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var school = SchoolBody();
        (await pxjg.PostAsJsonAsync("/api/schools", school)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var spb = await app.ApiAsync("spb-pxjg");
        (await StepAsync(spb, id, "停办", "2026-11-01", "越权")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.GetAsync($"/api/institutions/{id}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.PostAsJsonAsync($"/api/institutions/{id}/list-entries", new { list = "black", on = "2026-11-01", reason = "越权" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var spbPages = await app.PagesAsync("spb-pxjg");
        (await spbPages.Http.GetAsync($"/staff/institutions/{id}/lifecycle")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spbPages.Http.GetAsync($"/staff/institutions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_lifecycle_page_records_a_step_and_the_profile_shows_the_timeline(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var id = await CreateAsync(await app.ApiAsync("jlp-pxjg"), Institutions.Body(Institutions.NewUscc(), "页面变更测试"));
        var pages = await app.PagesAsync("jlp-pxjg");
        var url = $"/staff/institutions/{id}/lifecycle";

        var refused = await pages.SubmitAsync(url, "#transition-form", new() { ["Step.To"] = "", ["Step.Reason"] = "" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("请选择变更类型");
        html.ShouldContain("请填写原因或依据");

        // 黑机构 is not offered while fully licensed.
        var licensed = await pages.SubmitAsync(url, "#transition-form", new() { ["Step.To"] = "黑机构", ["Step.On"] = "2026-11-20", ["Step.Reason"] = "举报查实" });
        licensed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await licensed.Content.ReadAsStringAsync()).ShouldContain("不能从“正常”变更为“黑机构”");
        var licence = await pages.SubmitAsync(url, "#transition-form", new() { ["Step.To"] = "无证有照", ["Step.On"] = "2026-11-20", ["Step.Reason"] = "办学许可过期" });
        licence.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var found = await pages.SubmitAsync(url, "#transition-form", new() { ["Step.To"] = "黑机构", ["Step.On"] = "2026-11-21", ["Step.Reason"] = "举报查实无证招生" },
            new() { ["document"] = ("决定书.pdf", "%PDF-1.4 test"u8.ToArray()) });
        found.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (_, profile) = await pages.GetAsync($"/staff/institutions/{id}");
        var timeline = profile.QuerySelector("#institution-history")!.TextContent;
        timeline.ShouldContain("2026-11-21 黑机构");
        timeline.ShouldContain("2026-11-20 证照齐全 → 无证有照");
        timeline.ShouldContain("举报查实无证招生");
        var document = profile.QuerySelector("#institution-history a[href^='/staff/files/']")!.GetAttribute("href")!;
        (await pages.Http.GetAsync(document)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    internal static async Task<string> CreateAsync(HttpClient client, Dictionary<string, object?> body)
    {
        var created = await client.PostAsJsonAsync("/api/institutions", body);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    internal static Task<HttpResponseMessage> StepAsync(HttpClient client, string id, string to, string on, string reason) =>
        client.PostAsJsonAsync($"/api/institutions/{id}/transitions", new { to, on, reason });

    internal static async Task<string> ErrorAsync(HttpResponseMessage response, string field)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field)[0].GetString()!;
    }

    private static object SchoolBody() => new
    {
        code = "2150100999", name = "监管科越权学校", type = "小学", ownership = "公办", regionCode = "500107", zone = "", pupils = 100, teachers = 10,
    };
}
