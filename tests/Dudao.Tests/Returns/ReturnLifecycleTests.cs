using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Returns;

/// <summary>A unit fills and submits; the office above sends back, accepts (locking) and unlocks into a new version.</summary>
public sealed class ReturnLifecycleTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_school_fills_and_submits_and_the_county_sends_back_accepts_and_unlocks_into_a_second_version(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var school = await app.ApiAsync("jlp-school");
        var formId = await ReturnApi.DefineAsync(office, $"会议情况月报-{Guid.NewGuid():N}"[..20]);

        var mine = await ReturnApi.MineAsync(school, formId);
        var id = mine.GetProperty("id").GetString()!;
        mine.GetProperty("status").GetString().ShouldBe("draft");
        mine.GetProperty("dueOn").GetString().ShouldBe("2026-11-25");
        mine.GetProperty("canFill").GetBoolean().ShouldBeTrue();

        var bad = await school.PutAsJsonAsync($"/api/returns/{id}", new { values = new Dictionary<string, string> { ["meetings"] = "三次", ["level"] = "很好", ["other"] = "1" } })
            .RefusedAsync(HttpStatusCode.BadRequest);
        bad.Errors("values.meetings").ShouldBe(["召开会议次数应为整数"]);
        bad.Errors("values.level").ShouldBe(["落实程度应为：好、较好、一般"]);
        bad.Errors("values.other").ShouldBe(["本报表没有填报项“other”"]);
        (await school.PutAsJsonAsync($"/api/returns/{id}", new { values = new Dictionary<string, string> { ["meetings"] = "51" } })
            .RefusedAsync(HttpStatusCode.BadRequest)).Errors("values.meetings").ShouldBe(["召开会议次数不能大于50"]);
        (await school.PostAsJsonAsync($"/api/returns/{id}/submit", new { values = new Dictionary<string, string>() })
            .RefusedAsync(HttpStatusCode.BadRequest)).Errors("values.meetings").ShouldBe(["请填写召开会议次数"]);

        var version = mine.GetProperty("version").GetInt32();
        var saved = await school.PutAsJsonAsync($"/api/returns/{id}", new { values = new Dictionary<string, string> { ["meetings"] = " 3 ", ["level"] = "较好" }, version }).OkAsync();
        saved.GetProperty("values").GetProperty("meetings").GetString().ShouldBe("3");
        // A second tab still holding the version read before that save is told, not overwritten.
        (await school.PutAsJsonAsync($"/api/returns/{id}", new { values = new Dictionary<string, string> { ["meetings"] = "9" }, version }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Another county sees nothing of it; the school may not review its own return.
        var spb = await app.ApiAsync("spb-admin");
        (await spb.GetAsync($"/api/returns/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.PostAsJsonAsync($"/api/returns/{id}/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.GetFromJsonAsync<JsonElement>($"/api/returns?formId={formId}")).GetProperty("total").GetInt32().ShouldBe(0);
        (await school.PostAsJsonAsync($"/api/returns/{id}/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var submitted = await school.PostAsJsonAsync($"/api/returns/{id}/submit", new { values = new Dictionary<string, string> { ["note"] = "含专题会1次" } }).OkAsync();
        submitted.GetProperty("status").GetString().ShouldBe("submitted");
        submitted.GetProperty("onTime").GetBoolean().ShouldBeTrue();
        (await school.PutAsJsonAsync($"/api/returns/{id}", new { values = new Dictionary<string, string> { ["meetings"] = "4" } })
            .RefusedAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("等待审核");

        (await office.PostAsJsonAsync($"/api/returns/{id}/send-back", new { reason = " " }).RefusedAsync(HttpStatusCode.BadRequest))
            .Errors("reason").ShouldBe(["请填写退回原因"]);
        var back = await office.PostAsJsonAsync($"/api/returns/{id}/send-back", new { reason = "会议次数与会议纪要不符" }).OkAsync();
        back.GetProperty("status").GetString().ShouldBe("sent-back");
        var notices = await school.GetFromJsonAsync<JsonElement>("/api/me/notices?unread=true&pageSize=200");
        notices.GetProperty("items").EnumerateArray().ShouldContain(n => n.GetProperty("link").GetString() == $"/staff/returns/{id}"
            && n.GetProperty("title").GetString()!.StartsWith("报表被退回", StringComparison.Ordinal)
            && n.GetProperty("body").GetString()!.Contains("会议次数与会议纪要不符", StringComparison.Ordinal));

        await school.PostAsJsonAsync($"/api/returns/{id}/submit", new { values = new Dictionary<string, string> { ["meetings"] = "2" } }).OkAsync();
        var accepted = await office.PostAsJsonAsync($"/api/returns/{id}/accept", new { }).OkAsync();
        accepted.GetProperty("status").GetString().ShouldBe("accepted");

        var locked = await school.PutAsJsonAsync($"/api/returns/{id}", new { values = new Dictionary<string, string> { ["meetings"] = "5" } })
            .RefusedAsync(HttpStatusCode.Conflict);
        locked.GetProperty("detail").GetString().ShouldBe("该报表已审核通过并锁定，不能修改；如需更正，请联系审核单位解锁，更正后形成新版本");
        (await school.PostAsJsonAsync($"/api/returns/{id}/submit", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await office.PostAsJsonAsync($"/api/returns/{id}/send-back", new { reason = "再看看" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var unlocked = await office.PostAsJsonAsync($"/api/returns/{id}/unlock", new { reason = "市里要求补报专题会" }).OkAsync();
        unlocked.GetProperty("revision").GetInt32().ShouldBe(2);
        unlocked.GetProperty("status").GetString().ShouldBe("draft");
        await school.PostAsJsonAsync($"/api/returns/{id}/submit", new { values = new Dictionary<string, string> { ["meetings"] = "5" } }).OkAsync();
        var second = await office.PostAsJsonAsync($"/api/returns/{id}/accept", new { }).OkAsync();

        second.GetProperty("values").GetProperty("meetings").GetString().ShouldBe("5");
        var history = second.GetProperty("history").EnumerateArray()
            .Select(e => (e.GetProperty("action").GetString(), e.GetProperty("revision").GetInt32(), e.GetProperty("values").TryGetProperty("meetings", out var m) ? m.GetString() : null))
            .ToList();
        history.ShouldBe([("submit", 1, "3"), ("send-back", 1, "3"), ("submit", 1, "2"), ("accept", 1, "2"), ("unlock", 2, "2"), ("submit", 2, "5"), ("accept", 2, "5")]);
        second.GetProperty("onTime").GetBoolean().ShouldBeTrue("timeliness counts the first submission");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Forms_are_checked_field_by_field_and_only_an_office_defines_one(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var refused = await office.PostAsJsonAsync("/api/returns/forms", new
        {
            name = "", periodKind = "week", dueDay = 32, fillers = new[] { "office", "parents" },
            fields = new object[]
            {
                new { key = "1a", label = "", type = "integer", required = true, min = 5, max = 1 },
                new { key = "x", label = "选项", type = "choice", required = false, choices = new[] { "是" } },
                new { key = "x", label = "备注", type = "text", required = false, min = 1 },
            },
        }).RefusedAsync(HttpStatusCode.BadRequest);
        refused.Errors("name").ShouldBe(["请填写报表名称"]);
        refused.Errors("periodKind").ShouldBe(["填报周期应为 month、quarter、half-year、year 之一"]);
        refused.Errors("dueDay").ShouldBe(["截止日应为1至31之间的整数"]);
        refused.Errors("fillers").ShouldBe(["填报单位应为 office、school、institution、department 之一", "区县没有下级督导部门，填报单位不能选“下级督导部门”"]);
        refused.Errors("fields[0].key")[0].ShouldStartWith("第1项：代码应以英文字母开头");
        refused.Errors("fields[0].label").ShouldBe(["第1项：请填写名称"]);
        refused.Errors("fields[0].max").ShouldBe(["第1项：最大值不能小于最小值"]);
        refused.Errors("fields[1].choices").ShouldBe(["第2项：选项项至少要有两个选项"]);
        refused.Errors("fields[2].key").ShouldBe(["第3项：代码“x”重复"]);
        refused.Errors("fields[2].min").ShouldBe(["第3项：只有数字项可以设最小值和最大值"]);

        (await (await app.ApiAsync("jlp-school")).PostAsJsonAsync("/api/returns/forms", new { name = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var forms = await (await app.ApiAsync("jlp-school")).GetFromJsonAsync<JsonElement>("/api/returns/forms");
        forms.EnumerateArray().Select(f => f.GetProperty("key").ValueKind == JsonValueKind.String ? f.GetProperty("key").GetString() : null)
            .ShouldContain("monthly-statistics");
        var spbForms = await (await app.ApiAsync("spb-admin")).GetFromJsonAsync<JsonElement>("/api/returns/forms");
        spbForms.EnumerateArray().ShouldAllBe(f => f.GetProperty("regionCode").GetString() != "500107", "a county never sees another county's forms");
    }
}
