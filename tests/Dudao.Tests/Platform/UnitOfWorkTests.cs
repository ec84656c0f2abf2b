using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Platform.Notices;
using Dudao.Tests.Complaints;
using Dudao.Tests.Inspections;
using Dudao.Tests.Rectification;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Platform;

/// <summary>
/// One transaction per unit of work: a feature's service saves once, and what its collaborators add
/// (notices, coverage marks, audit entries) commits with the change or not at all.
/// </summary>
public sealed class UnitOfWorkTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_notice_that_cannot_be_stored_leaves_neither_it_nor_the_escalation_that_sent_it(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind, services: s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(new NoticesUnavailable())));
        var office = await app.ApiAsync("jlp-admin");
        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");
        var reason = Problems.Unique("课后服务收费不规范");

        var response = await office.PostAsJsonAsync("/api/escalations", new { targetKind = "school", targetId = schoolId, level = "notice", reason, noticeForm = "书面" });

        response.IsSuccessStatusCode.ShouldBeFalse();
        (await app.WithDbAsync(db => db.Set<EscalationRecord>().IgnoreQueryFilters().CountAsync(e => e.Reason == reason)))
            .ShouldBe(0, "the escalation and its notice are one transaction: a collaborator saving on its own would have stored the escalation");
        (await app.WithDbAsync(db => db.Set<Notice>().IgnoreQueryFilters().CountAsync(n => n.Body.Contains(reason)))).ShouldBe(0);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_keyed_notice_sent_meanwhile_by_another_request_leaves_the_change_committed_and_one_notice(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
        var key = "test-meanwhile:" + Guid.NewGuid();
        var office = new NoticeRecipient(OrgKinds.Office, "500107", null);
        var changed = Problems.Unique("本次保存的业务变更");

        using var first = SystemScope.Create(scopes);
        var db = first.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(new Notice { RegionCode = "500107", OrgKind = OrgKinds.Office, Title = "业务变更", Body = changed, CreatedAt = TestApp.Now.UtcDateTime });
        (await first.ServiceProvider.GetRequiredService<NoticeService>().SendAsync(office, "提醒", "先到的请求", null, key, CancellationToken.None))
            .ShouldBeTrue("nobody has sent it yet");

        using (var second = SystemScope.Create(scopes))
        {
            await second.ServiceProvider.GetRequiredService<NoticeService>().SendAsync(office, "提醒", "后到的请求先保存", null, key, CancellationToken.None);
            await second.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }
        await db.SaveChangesAsync();

        (await app.WithDbAsync(d => d.Set<Notice>().IgnoreQueryFilters().CountAsync(n => n.Body == changed))).ShouldBe(1, "the change commits");
        (await app.WithDbAsync(d => d.Set<Notice>().IgnoreQueryFilters().Where(n => n.DedupeKey == key).Select(n => n.Body).ToListAsync()))
            .ShouldBe(["后到的请求先保存"]);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_write_request_saves_its_change_with_its_notices_marks_and_problems_once(DatabaseKind kind)
    {
        var saves = new SaveCounter();
        using var app = TestApp.Start(kind, services: s => s.ConfigureDbContext<AppDbContext>((sp, o) =>
            o.AddInterceptors(new CountingSaves(saves, sp.GetRequiredService<IHttpContextAccessor>()))));
        var inspector = await app.ApiAsync("jlp-duxue");
        var office = await app.ApiAsync("jlp-admin");
        var school = await app.ApiAsync("jlp-school");
        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");
        saves.Clear(); // signing in is not a unit of work of a feature

        // A visit with a finding: the visit, its problem and the month's coverage mark.
        var visited = (await InspectionApi.AssignedSchoolsAsync(inspector))[0];
        (await inspector.PostAsJsonAsync("/api/visits", InspectionApi.Visit(visited, "2026-11-20",
            findings: [new { text = "作业公示栏未更新", severity = "low", indicatorCode = (string?)null }]))).StatusCode.ShouldBe(HttpStatusCode.Created);
        // A listed supervision tells the school; the school's reply tells the office.
        var listed = await office.PostAsJsonAsync("/api/escalations", new
        {
            targetKind = "school", targetId = schoolId, level = "listed", reason = Problems.Unique("整改不力"), requirement = "限期整改", deadline = "2026-12-15",
        });
        listed.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await listed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await school.PostAsJsonAsync($"/api/escalations/{id}/reply", new { reply = "已整改" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        // The third complaint about a target makes it hot: the complaint, then — once it committed, so that
        // simultaneous reports are all counted — the office's notice: the one request with a second save.
        var target = ComplaintApi.UniqueTarget();
        var anonymous = app.CreateClient();
        for (var i = 0; i < 3; i++)
            await ComplaintApi.SubmitAsync(anonymous, ComplaintApi.Report(target, content: $"周末在小区会所开设初中数学学科类培训班，第{i}次反映，收费每节课二百元。"));
        (await app.WithDbAsync(db => db.Set<Notice>().IgnoreQueryFilters().CountAsync(n => n.Title == $"重点督办：{target}"))).ShouldBe(1);

        saves.Requests.Count.ShouldBe(6);
        var report = string.Join("; ", saves.Requests.Select(r => $"{r.Key} saved {r.Value} times"));
        saves.Requests.Where(r => !r.Key.StartsWith("POST /api/public/complaints", StringComparison.Ordinal)).ShouldAllBe(r => r.Value == 1, report);
        saves.Requests.Where(r => r.Key.StartsWith("POST /api/public/complaints", StringComparison.Ordinal)).Select(r => r.Value).Order().ToList().ShouldBe(new List<int> { 1, 1, 2 }, report);
    }

    /// <summary>Saves per request, by request.</summary>
    private sealed class SaveCounter
    {
        public ConcurrentDictionary<string, int> Requests { get; } = new();

        public void Clear() => Requests.Clear();
    }

    private sealed class CountingSaves(SaveCounter counter, IHttpContextAccessor http) : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken ct = default)
        {
            if (http.HttpContext is { } request && !request.Request.Path.StartsWithSegments("/api/auth", StringComparison.Ordinal))
                counter.Requests.AddOrUpdate($"{request.Request.Method} {request.Request.Path} ({request.TraceIdentifier})", 1, (_, n) => n + 1);
            return base.SavingChangesAsync(eventData, result, ct);
        }
    }

    /// <summary>Fails every statement that writes the notices table, as an outage of that table would.</summary>
    private sealed class NoticesUnavailable : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken ct = default) =>
            WritesNotices(command) ? throw new InvalidOperationException("notices unavailable") : base.ReaderExecutingAsync(command, eventData, result, ct);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken ct = default) =>
            WritesNotices(command) ? throw new InvalidOperationException("notices unavailable") : base.NonQueryExecutingAsync(command, eventData, result, ct);

        private static bool WritesNotices(DbCommand command) =>
            command.CommandText.Replace("\"", "", StringComparison.Ordinal).Contains("INSERT INTO notices", StringComparison.OrdinalIgnoreCase);
    }
}
