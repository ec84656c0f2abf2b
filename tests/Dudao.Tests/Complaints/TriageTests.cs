using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Complaints.Triage;

namespace Dudao.Tests.Complaints;

public sealed class TriageTests
{
    [Fact]
    public void Bigram_scores_find_a_chinese_name_from_part_of_it()
    {
        var typed = Bigrams.Of("启航艺术");
        Bigrams.NameScore(typed, Bigrams.Of("九龙坡区启航艺术培训中心")).ShouldBeGreaterThanOrEqualTo(TargetMatcher.MatchScore);
        Bigrams.NameScore(typed, Bigrams.Of("九龙坡区博雅体育培训中心")).ShouldBeLessThan(0.3);
        Bigrams.Dice(Bigrams.Of("周末开设数学培训班"), Bigrams.Of("周末开设数学培训班。")).ShouldBe(1);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_typed_name_is_matched_to_the_registry_and_routed_by_category(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = app.CreateClient();
        var content = "启航艺术培训中心周末偷偷开设小学语文学科类培训班" + Guid.NewGuid().ToString("N")[..6];
        await ComplaintApi.SubmitAsync(client, new
        {
            targetKind = "institution", targetName = "启航 艺术", regionCode = "500107", category = "隐形变异培训", content, anonymous = true,
        });
        var staff = await app.ApiAsync("jlp-admin");
        var list = await staff.GetFromJsonAsync<JsonElement>("/api/complaints?q=启航&pageSize=200");
        var item = list.GetProperty("items").EnumerateArray().First(i => i.GetProperty("category").GetString() == "隐形变异培训");
        var complaint = await ComplaintApi.GetAsync(staff, item.GetProperty("id").GetString()!);
        complaint.GetProperty("matchedName").GetString().ShouldBe("九龙坡区启航艺术培训中心");
        complaint.GetProperty("matchedKind").GetString().ShouldBe("institution");
        complaint.GetProperty("department").GetString().ShouldBe("校外培训监管科");

        var suggestions = await client.GetFromJsonAsync<JsonElement>("/api/public/complaints/targets?regionCode=500107&q=谢家湾小学");
        suggestions[0].GetProperty("name").GetString().ShouldBe("重庆市九龙坡区谢家湾小学校");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_routing_table_is_edited_per_region_and_new_complaints_follow_it(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var admin = await app.ApiAsync("jlp-admin");
        var routes = await admin.GetFromJsonAsync<JsonElement>("/api/complaints/routes");
        routes.EnumerateArray().Single(r => r.GetProperty("category").GetString() == "作业负担").GetProperty("department").GetString().ShouldBe("基教科");

        var unknown = await admin.PutAsJsonAsync("/api/complaints/routes", new { regionCode = "500107", category = "作业负担", department = "不存在科" });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PutAsJsonAsync("/api/complaints/routes", new { regionCode = "500106", category = "作业负担", department = "政工科" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await app.ApiAsync("jlp-pxjg")).PutAsJsonAsync("/api/complaints/routes", new { regionCode = "500107", category = "作业负担", department = "政工科" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.PutAsJsonAsync("/api/complaints/routes", new { regionCode = "500107", category = "作业负担", department = "政工科" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var target = ComplaintApi.UniqueTarget("某小学");
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target, category: "作业负担", targetKind: "school"));
        (await ComplaintApi.GetAsync(admin, await ComplaintApi.IdOfAsync(admin, target))).GetProperty("department").GetString().ShouldBe("政工科");
        var spbTarget = ComplaintApi.UniqueTarget("某小学");
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(spbTarget, regionCode: "500106", category: "作业负担", targetKind: "school"));
        var spb = await app.ApiAsync("spb-admin");
        (await ComplaintApi.GetAsync(spb, await ComplaintApi.IdOfAsync(spb, spbTarget))).GetProperty("department").GetString().ShouldBe("基教科");

        var pages = await app.PagesAsync("jlp-admin");
        var (_, page) = await pages.GetAsync("/staff/complaints/routes");
        page.QuerySelector("[data-testid='route-作业负担']")!.TextContent.ShouldBe("政工科");
        var saved = await pages.SubmitAsync("/staff/complaints/routes", "#route-form-7", new() { ["Department"] = "督导室" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        (await admin.GetFromJsonAsync<JsonElement>("/api/complaints/routes")).EnumerateArray()
            .Single(r => r.GetProperty("category").GetString() == "考试排名").GetProperty("setAt").GetString().ShouldBe("500107");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_similar_report_on_the_same_target_is_flagged_as_a_likely_duplicate_and_a_different_one_is_not(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = app.CreateClient();
        var target = ComplaintApi.UniqueTarget();
        const string text = "该培训点每周六上午开设初中数学和物理培训，收费每学期三千元，地址在小区会所二楼。";
        await ComplaintApi.SubmitAsync(client, ComplaintApi.Report(target, content: text));
        await ComplaintApi.SubmitAsync(client, ComplaintApi.Report(target + " ", content: "该培训点每周六上午开设初中数学和物理培训，收费每学期三千元，在小区会所二楼！"));
        await ComplaintApi.SubmitAsync(client, ComplaintApi.Report(target, content: "这家机构退费困难，预收了一年的学费，现在关门不退钱，请帮忙处理。"));

        var staff = await app.ApiAsync("jlp-admin");
        var items = (await staff.GetFromJsonAsync<JsonElement>($"/api/complaints?q={Uri.EscapeDataString(target)}&pageSize=200")).GetProperty("items")
            .EnumerateArray().OrderBy(i => i.GetProperty("submittedAt").GetDateTime()).ToList();
        items.Count.ShouldBe(3);
        var details = new List<JsonElement>();
        foreach (var i in items) details.Add(await ComplaintApi.GetAsync(staff, i.GetProperty("id").GetString()!));
        var first = details.Single(d => d.GetProperty("content").GetString() == text);
        details.Count(d => d.GetProperty("duplicateOfId").GetString() == first.GetProperty("id").GetString()).ShouldBe(1);
        details.Single(d => d.GetProperty("content").GetString()!.Contains("退费", StringComparison.Ordinal)).GetProperty("duplicateOfId").ValueKind.ShouldBe(JsonValueKind.Null);
        items.ShouldAllBe(i => i.GetProperty("targetCount").GetInt32() == 3);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_target_reaching_the_threshold_is_flagged_for_focused_supervision_and_its_office_told(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = app.CreateClient();
        var target = ComplaintApi.UniqueTarget("热点培训点");
        await ComplaintApi.SubmitAsync(client, ComplaintApi.Report(target, content: "第一件：周末开设数学培训班，收费高昂，影响孩子休息。"));
        await ComplaintApi.SubmitAsync(client, ComplaintApi.Report(target, category: "培训广告", content: "第二件：在小区电梯里张贴学科培训广告，宣传提分保过。"));
        var staff = await app.ApiAsync("jlp-admin");
        (await staff.GetFromJsonAsync<JsonElement>("/api/complaints/hot-targets")).EnumerateArray()
            .ShouldNotContain(h => h.GetProperty("targetName").GetString() == target);

        await ComplaintApi.SubmitAsync(client, ComplaintApi.Report(target, category: "预收费退费", content: "第三件：预收一年学费后拒绝退费，家长多次交涉无果。"));
        var hot = (await staff.GetFromJsonAsync<JsonElement>("/api/complaints/hot-targets")).EnumerateArray()
            .Single(h => h.GetProperty("targetName").GetString() == target);
        hot.GetProperty("count").GetInt32().ShouldBe(3);
        hot.GetProperty("suggestion").GetString().ShouldBe("unannounced-visit");
        (await staff.GetFromJsonAsync<JsonElement>($"/api/complaints?hot=true&q={Uri.EscapeDataString(target)}")).GetProperty("items")
            .EnumerateArray().ShouldAllBe(i => i.GetProperty("hot").GetBoolean());
        (await staff.GetFromJsonAsync<JsonElement>("/api/me/notices?pageSize=200")).GetProperty("items").EnumerateArray()
            .Count(n => n.GetProperty("title").GetString() == $"重点督办：{target}").ShouldBe(1);
        var (_, queue) = await (await app.PagesAsync("jlp-admin")).GetAsync("/staff/complaints");
        queue.QuerySelector("[data-testid=hot-targets]")!.TextContent.ShouldContain(target);

        var spb = await app.ApiAsync("spb-admin");
        (await spb.GetFromJsonAsync<JsonElement>("/api/complaints/hot-targets")).EnumerateArray()
            .ShouldNotContain(h => h.GetProperty("targetName").GetString() == target);
    }
}
