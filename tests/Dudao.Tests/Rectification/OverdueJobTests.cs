using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Rectification;

public sealed class OverdueJobTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_problem_past_its_deadline_is_overdue_after_the_job_runs_and_both_units_are_told_once(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var (admin, school, inspector) = (await app.ApiAsync("jlp-admin"), await app.ApiAsync("jlp-school"), await app.ApiAsync("jlp-duxue"));
        var description = Problems.Unique("校内课后服务收费未公示");
        var id = (await Problems.CreateAsync(admin, await Problems.UnitIdAsync(app, "jlp-school"), description, new { deadline = "2026-11-25" })).Id();

        (await admin.PostAsync("/api/admin/jobs/rectification-overdue/run", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TitlesAsync(school, id)).ShouldBe(["整改即将到期"]);
        (await TitlesAsync(inspector, id)).ShouldBe(["整改即将到期"]);
        (await Problems.GetAsync(admin, id)).GetProperty("overdue").GetBoolean().ShouldBeFalse();

        app.Clock.Advance(TimeSpan.FromDays(3)); // Thursday 2026-11-26 in Shanghai; tokens have expired meanwhile
        (admin, school, inspector) = (await app.ApiAsync("jlp-admin"), await app.ApiAsync("jlp-school"), await app.ApiAsync("jlp-duxue"));
        var run = await admin.PostAsync("/api/admin/jobs/rectification-overdue/run", null);
        (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lastResult").GetString()!.ShouldContain("新逾期 1 个");
        await admin.PostAsync("/api/admin/jobs/rectification-overdue/run", null);

        var problem = await Problems.GetAsync(admin, id);
        problem.GetProperty("overdue").GetBoolean().ShouldBeTrue();
        (await TitlesAsync(school, id)).ShouldBe(["整改已逾期", "整改即将到期"]);
        (await TitlesAsync(inspector, id)).ShouldBe(["整改已逾期", "整改即将到期"]);
        var overdueList = await admin.GetFromJsonAsync<JsonElement>($"/api/problems?overdue=true&q={Uri.EscapeDataString(description)}");
        overdueList.GetProperty("items").EnumerateArray().Single().Id().ShouldBe(id);
        var history = await admin.GetFromJsonAsync<JsonElement>($"/api/problems/{id}/history");
        history.GetProperty("steps").EnumerateArray().Count(s => s.GetProperty("action").GetString() == "overdue").ShouldBe(1);

        var neighbour = await app.ApiAsync("spb-admin");
        (await neighbour.GetFromJsonAsync<JsonElement>("/api/problems?overdue=true")).GetProperty("items").EnumerateArray()
            .ShouldNotContain(p => p.Id() == id);
        (await (await app.ApiAsync("jlp-jjk")).PostAsync("/api/admin/jobs/rectification-overdue/run", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_working_day_deadline_skips_a_configured_holiday(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var admin = await app.ApiAsync("admin");
        (await admin.PutAsJsonAsync("/api/admin/holidays", new { date = "2026-11-24", name = "测试假日", isWorkday = false })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var office = await app.ApiAsync("jlp-admin");
        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");

        // Monday 2026-11-23: one working day on is Wednesday, the holiday Tuesday skipped.
        var one = await Problems.CreateAsync(office, schoolId, Problems.Unique("作业公示不及时"), new { deadlineWorkingDays = 1 });
        one.GetProperty("deadline").GetString().ShouldBe("2026-11-25");
        // The default for a serious problem, 10 working days, ends a day later than without the holiday (2026-12-07).
        var serious = await Problems.CreateAsync(office, schoolId, Problems.Unique("违规组织考试排名"), new { severity = "high" });
        serious.GetProperty("deadline").GetString().ShouldBe("2026-12-08");
    }

    /// <summary>The titles of the caller's deadline notices about one problem (not the one that opened it), newest first.</summary>
    private static async Task<List<string>> TitlesAsync(HttpClient client, string problemId) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/me/notices?pageSize=200")).GetProperty("items").EnumerateArray()
        .Where(n => n.GetProperty("link").GetString() == $"/staff/problems/{problemId}" && n.GetProperty("title").GetString()!.StartsWith("整改", StringComparison.Ordinal))
        .Select(n => n.GetProperty("title").GetString()!).ToList();
}
