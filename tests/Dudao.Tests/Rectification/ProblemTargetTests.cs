using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Rectification;

/// <summary>A problem can be about a township government, a department or a named person, not only a school or institution.</summary>
public sealed class ProblemTargetTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_township_or_a_person_is_answered_for_by_the_office_a_department_answers_itself_and_escalation_keeps_to_the_target(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        async Task<JsonElement> CreateAsync(object target)
        {
            var body = new Dictionary<string, object?> { ["source"] = "public-opinion", ["category"] = "课后服务", ["severity"] = "high", ["description"] = Problems.Unique("舆情反映") };
            foreach (var p in target.GetType().GetProperties()) body[p.Name] = p.GetValue(target);
            var response = await office.PostAsJsonAsync("/api/problems", body);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
        async Task<List<string>> ActionsAsync(HttpClient client, string id) =>
            [.. (await client.GetFromJsonAsync<JsonElement>($"/api/problems/{id}/history")).GetProperty("actions").EnumerateArray().Select(a => a.GetString()!)];

        var township = await CreateAsync(new { targetKind = "region", targetId = "500107002" });
        township.GetProperty("targetName").GetString().ShouldBe("黄桷坪街道办事处");
        township.GetProperty("regionCode").GetString().ShouldBe("500107");
        township.GetProperty("responsibleId").ValueKind.ShouldBe(JsonValueKind.Null);
        (await ActionsAsync(office, township.Id())).ShouldContain("plan");

        var person = await CreateAsync(new { targetKind = "person", targetName = "张某", targetUnit = "某小学 教师", regionCode = "500107" });
        person.GetProperty("targetDisplay").GetString().ShouldBe("张某（某小学 教师）");
        (await ActionsAsync(office, person.Id())).ShouldContain("plan");

        var departmentId = await Problems.UnitIdAsync(app, "jlp-pxjg");
        var ofDepartment = await CreateAsync(new { targetKind = "department", targetId = departmentId });
        ofDepartment.GetProperty("responsibleId").GetString().ShouldBe(departmentId);
        (await ActionsAsync(await app.ApiAsync("jlp-pxjg"), ofDepartment.Id())).ShouldContain("plan");
        (await ActionsAsync(office, ofDepartment.Id())).ShouldNotContain("plan");

        (await (await app.ApiAsync("spb-admin")).GetAsync($"/api/problems/{township.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var escalated = await office.PostAsJsonAsync("/api/escalations", new
        {
            targetKind = "region", targetId = "500107002", level = "notice", noticeForm = "书面", reason = "舆情问题未整改", problemIds = new[] { township.Id() },
        });
        escalated.StatusCode.ShouldBe(HttpStatusCode.Created, await escalated.Content.ReadAsStringAsync());
        var wrong = await office.PostAsJsonAsync("/api/escalations", new
        {
            targetKind = "person", targetName = "张某", targetUnit = "另一所学校 教师", regionCode = "500107", level = "notice", noticeForm = "书面",
            reason = "同名不同人", problemIds = new[] { person.Id() },
        });
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("problemIds")[0].GetString()!.ShouldContain("不属于该对象");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_entry_page_names_a_township_by_its_name_in_the_county(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.PagesAsync("jlp-admin");
        var description = Problems.Unique("镇政府未落实课后服务经费");
        var saved = await office.SubmitAsync("/staff/problems/new", "#problem-form", new()
        {
            ["Input.TargetKind"] = "region", ["Input.RegionCode"] = "500107", ["Input.TargetName"] = "石桥铺街道",
            ["Input.Category"] = "课后服务", ["Input.Description"] = description,
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var ledger = (await office.GetAsync($"/staff/problems?q={Uri.EscapeDataString(description)}")).Document.QuerySelector("#ledger")!.TextContent;
        ledger.ShouldContain("石桥铺街道办事处");
    }
}
