using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Dudao.Tests.Rectification;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Escalation;

public sealed class SuggestionTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Rules_suggest_the_next_level_at_their_threshold_and_not_before(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var office = await app.ApiAsync("jlp-admin");
        var schools = await app.WithDbAsync(db => db.Set<School>().Where(s => s.RegionCode == "500107").OrderBy(s => s.Code).Select(s => s.Id).Take(3).ToListAsync());
        var (overdueSchool, noticedSchool, listedSchool) = (schools[0], schools[1], schools[2]);

        await Problems.CreateAsync(office, overdueSchool, "作业超量一", new { deadline = "2026-11-25" });
        await Problems.CreateAsync(office, overdueSchool, "作业超量二", new { deadline = "2026-11-25" });
        await Problems.CreateAsync(office, overdueSchool, "作业超量三", new { deadline = "2026-11-27" });
        await Problems.CreateAsync(office, noticedSchool, "课后服务未开展", new { deadline = "2026-12-31" });
        await NoticeAsync(office, noticedSchool);
        var listedProblem = (await Problems.CreateAsync(office, listedSchool, "有偿补课", new { deadline = "2026-12-31" })).Id();
        (await office.PostAsJsonAsync("/api/escalations", new
        {
            targetKind = "school", targetId = listedSchool, level = "listed", reason = "有偿补课", requirement = "清退费用", deadline = "2026-11-27", problemIds = new[] { listedProblem },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        office = await MoveToAsync(app, 3); // 2026-11-26: two overdue, one notice, listed deadline not passed
        (await ComputeAsync(office)).ShouldBe(0);

        office = await MoveToAsync(app, 2); // 2026-11-28: three overdue, listed deadline passed
        await NoticeAsync(office, noticedSchool);
        (await ComputeAsync(office)).ShouldBe(3);
        var pending = await PendingAsync(office);
        var overdue = pending.Single(s => s.GetProperty("targetId").GetString() == overdueSchool);
        overdue.GetProperty("level").GetString().ShouldBe("interview");
        overdue.GetProperty("problemIds").GetArrayLength().ShouldBe(3);
        pending.Single(s => s.GetProperty("targetId").GetString() == noticedSchool).GetProperty("level").GetString().ShouldBe("interview");
        var accountability = pending.Single(s => s.GetProperty("targetId").GetString() == listedSchool);
        accountability.GetProperty("level").GetString().ShouldBe("accountability");
        (await ComputeAsync(office)).ShouldBe(0, "the same facts suggest once");

        (await office.PostAsJsonAsync($"/api/escalation-suggestions/{overdue.GetProperty("id").GetString()}/dismiss", new { note = "已电话督促" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var confirmed = await office.PostAsJsonAsync("/api/escalations", new
        {
            targetKind = "school", targetId = listedSchool, level = "accountability", reason = accountability.GetProperty("reason").GetString(),
            accountabilityForm = "通报批评", accountableKind = "unit", accountableName = "学校", suggestionId = accountability.GetProperty("id").GetString(),
            problemIds = accountability.GetProperty("problemIds").EnumerateArray().Select(p => p.GetString()).ToArray(),
        });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Created, await confirmed.Content.ReadAsStringAsync());
        (await ComputeAsync(office)).ShouldBe(0, "dismissed and confirmed suggestions do not come back");
        (await PendingAsync(office)).Select(s => s.GetProperty("targetId").GetString()).ShouldBe([noticedSchool]);

        var neighbour = await app.ApiAsync("spb-admin");
        (await PendingAsync(neighbour)).ShouldBeEmpty();
        (await neighbour.PostAsJsonAsync($"/api/escalation-suggestions/{pending[0].GetProperty("id").GetString()}/dismiss", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var run = await office.PostAsync("/api/admin/jobs/escalation-suggestions/run", null);
        (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lastResult").GetString().ShouldBe("新增升级建议 0 条");
    }

    private static async Task NoticeAsync(HttpClient office, string schoolId) =>
        (await office.PostAsJsonAsync("/api/escalations", new { targetKind = "school", targetId = schoolId, level = "notice", reason = "课后服务工作滞后", noticeForm = "书面" }))
        .StatusCode.ShouldBe(HttpStatusCode.Created);

    private static async Task<int> ComputeAsync(HttpClient office) =>
        (await (await office.PostAsync("/api/escalation-suggestions/compute", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32();

    private static async Task<List<JsonElement>> PendingAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/escalation-suggestions?status=pending&pageSize=200")).GetProperty("items").EnumerateArray().ToList();

    /// <summary>Moves the clock on and signs in again (tokens expire meanwhile).</summary>
    private static async Task<HttpClient> MoveToAsync(TestApp app, int days)
    {
        app.Clock.Advance(TimeSpan.FromDays(days));
        return await app.ApiAsync("jlp-admin");
    }
}
