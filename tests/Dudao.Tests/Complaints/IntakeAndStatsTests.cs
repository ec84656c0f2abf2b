using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Complaints.Protection;

namespace Dudao.Tests.Complaints;

public sealed class IntakeAndStatsTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Staff_record_a_hotline_report_into_the_same_queue_only_for_their_own_counties(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var staff = await app.ApiAsync("jlp-admin");
        var target = ComplaintApi.UniqueTarget();
        var report = new
        {
            channel = "hotline", targetKind = "teacher", targetName = target, regionCode = "500107", category = "有偿补课",
            content = "来电反映某教师暑假组织学生到家中有偿补课。", anonymous = false, reporter = new { name = "电话举报人", phone = "13800001111" },
        };
        var created = await staff.PostAsJsonAsync("/api/complaints", report);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var code = body.GetProperty("receiptCode").GetString()!;
        (await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/public/complaints/{ReceiptCodes.Display(code)}")).GetProperty("status").GetString().ShouldBe("received");
        var complaint = await ComplaintApi.GetAsync(staff, body.GetProperty("id").GetString()!);
        complaint.GetProperty("channel").GetString().ShouldBe("hotline");
        complaint.GetProperty("matchedId").ValueKind.ShouldBe(JsonValueKind.Null);

        var spb = await app.ApiAsync("spb-admin");
        var outside = await spb.PostAsJsonAsync("/api/complaints", report);
        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ComplaintApi.ProblemAsync(outside)).GetProperty("errors").GetProperty("regionCode")[0].GetString()!.ShouldContain("不在您的管理范围内");
        var web = await staff.PostAsJsonAsync("/api/complaints", report with { channel = "web" });
        (await ComplaintApi.ProblemAsync(web)).GetProperty("errors").GetProperty("channel")[0].GetString()!.ShouldContain("来源渠道");
        (await (await app.ApiAsync("jlp-pxjg")).PostAsJsonAsync("/api/complaints", report)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var pages = await app.PagesAsync("jlp-admin");
        var letterTarget = ComplaintApi.UniqueTarget();
        var saved = await pages.SubmitAsync("/staff/complaints/new", "#intake-form", new()
        {
            ["Input.Channel"] = "petition", ["Input.TargetKind"] = "school", ["Input.TargetName"] = letterTarget, ["Input.RegionCode"] = "500107",
            ["Input.Category"] = "作业负担", ["Input.Content"] = "来信反映学校三年级每天书面作业超过两小时。", ["Input.Anonymous"] = "true",
        });
        PageClient.Parse(await saved.Content.ReadAsStringAsync()).QuerySelector("[data-testid=receipt-code]").ShouldNotBeNull();
        (await ComplaintApi.GetAsync(staff, await ComplaintApi.IdOfAsync(staff, letterTarget))).GetProperty("channel").GetString().ShouldBe("petition");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Statistics_count_by_category_region_month_and_channel_within_scope(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var client = app.CreateClient();
        await ComplaintApi.SubmitAsync(client, ComplaintApi.Report(ComplaintApi.UniqueTarget(), category: "考试排名"));
        await ComplaintApi.SubmitAsync(client, ComplaintApi.Report(ComplaintApi.UniqueTarget(), category: "考试排名"));
        await ComplaintApi.SubmitAsync(client, ComplaintApi.Report(ComplaintApi.UniqueTarget(), regionCode: "500106", category: "教辅征订"));

        var city = await (await app.ApiAsync("admin")).GetFromJsonAsync<JsonElement>("/api/complaints/stats?from=2026-11-01&to=2026-11-30");
        city.GetProperty("total").GetInt32().ShouldBe(3);
        Count(city, "byCategory", "考试排名").ShouldBe(2);
        Count(city, "byRegion", "500106").ShouldBe(1);
        Count(city, "byMonth", "2026-11").ShouldBe(3);
        Count(city, "byChannel", "web").ShouldBe(3);

        var spb = await (await app.ApiAsync("spb-admin")).GetFromJsonAsync<JsonElement>("/api/complaints/stats?from=2026-11-01&to=2026-11-30");
        spb.GetProperty("total").GetInt32().ShouldBe(1);
        spb.GetProperty("byRegion").EnumerateArray().ShouldAllBe(r => r.GetProperty("key").GetString() == "500106");

        var (_, page) = await (await app.PagesAsync("jlp-admin")).GetAsync("/staff/complaints/stats?from=2026-11-01&to=2026-11-30");
        page.QuerySelector("[data-testid=stats-total]")!.TextContent.ShouldContain("共收到举报 2 件");
        page.QuerySelector("[data-testid=by-category]")!.TextContent.ShouldContain("考试排名");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Statistics_count_rejected_reports_as_finished_with_their_own_figure_not_as_open(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var targets = Enumerable.Range(0, 3).Select(_ => ComplaintApi.UniqueTarget()).ToArray();
        foreach (var target in targets) await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target));
        var staff = await app.ApiAsync("jlp-admin");
        (await staff.PostAsJsonAsync($"/api/complaints/{await ComplaintApi.IdOfAsync(staff, targets[0])}/reject",
            new { reason = "举报内容与“双减”政策无关，已告知举报人向市场监管部门反映。" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.PostAsJsonAsync($"/api/complaints/{await ComplaintApi.IdOfAsync(staff, targets[1])}/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var stats = await staff.GetFromJsonAsync<JsonElement>("/api/complaints/stats?from=2026-11-01&to=2026-11-30");
        (stats.GetProperty("total").GetInt32(), stats.GetProperty("closed").GetInt32(), stats.GetProperty("rejected").GetInt32(), stats.GetProperty("open").GetInt32())
            .ShouldBe((3, 0, 1, 2));
        var (_, page) = await (await app.PagesAsync("jlp-admin")).GetAsync("/staff/complaints/stats?from=2026-11-01&to=2026-11-30");
        page.QuerySelector("[data-testid=stats-total]")!.TextContent.ShouldContain("已办结 0 件，不予受理 1 件，尚在办理 2 件");

        // Outside the county, none of it counts.
        var spb = await (await app.ApiAsync("spb-admin")).GetFromJsonAsync<JsonElement>("/api/complaints/stats?from=2026-11-01&to=2026-11-30");
        (spb.GetProperty("rejected").GetInt32(), spb.GetProperty("open").GetInt32()).ShouldBe((0, 0));
    }

    [Theory, ClassData(typeof(Databases))]
    public void Outside_demo_mode_a_missing_identity_key_stops_the_start_up(DatabaseKind kind)
    {
        var error = Should.Throw<Exception>(() =>
        {
            using var app = TestApp.Start(kind, new Dictionary<string, string?> { ["Dudao:SeedDemo"] = "false" });
        });
        error.ToString().ShouldContain("Dudao:Complaints:IdentityKey");
    }

    private static int Count(JsonElement stats, string list, string key) =>
        stats.GetProperty(list).EnumerateArray().Single(r => r.GetProperty("key").GetString() == key).GetProperty("count").GetInt32();
}
