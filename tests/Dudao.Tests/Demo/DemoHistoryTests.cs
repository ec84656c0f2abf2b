using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Dudao.Tests.Demo;

public sealed class DemoHistoryTests(ITestOutputHelper output)
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_demo_history_has_every_state_and_every_demo_page_lists_something(DatabaseKind kind)
    {
        var watch = Stopwatch.StartNew();
        using var app = TestApp.Start(kind, new Dictionary<string, string?> { ["Dudao:Demo:History"] = "true" });
        output.WriteLine($"{kind}: first start with the demo history took {watch.Elapsed.TotalSeconds:0.0} s");
        var today = DateOnly.FromDateTime(TestApp.Now.UtcDateTime.AddHours(8));

        var problems = await app.WithDbAsync(db => db.Set<Problem>().ToListAsync());
        problems.Select(p => p.Status).Distinct().Order().ShouldBe(ProblemStatuses.All.Order());
        problems.ShouldContain(p => p.IsOverdue(today), "some are overdue");
        problems.ShouldContain(p => p.Status == ProblemStatuses.Closed && p.FollowUpOn != null, "some await 回头看");
        (await app.WithDbAsync(db => db.Set<ProblemStep>().CountAsync(s => s.Action == ProblemActions.FollowUpFailed))).ShouldBeGreaterThan(0, "some were reopened after 回头看");

        var complaints = await app.WithDbAsync(db => db.Set<Complaint>().ToListAsync());
        complaints.Select(c => c.Status).Distinct().Order().ShouldBe(ComplaintStatuses.All.Order());
        complaints.ShouldContain(c => c.CurrentDeadline < today, "one open report is past its deadline");

        var escalations = await app.WithDbAsync(db => db.Set<EscalationRecord>().ToListAsync());
        escalations.Select(e => e.Level).Distinct().Order().ShouldBe(EscalationLevels.All.Order());
        escalations.ShouldContain(e => e.Level == EscalationLevels.Listed && e.IsReplyOverdue(today));
        escalations.ShouldContain(e => e.Level == EscalationLevels.Listed && e.Reply != null);

        var marks = await app.WithDbAsync(db => db.Set<CoverageMark>().GroupBy(m => m.RegionCode).Select(g => g.Key).ToListAsync());
        marks.Order().ShouldBe(["500106", "500107"]);
        (await app.WithDbAsync(db => db.Set<SelfAssessment>().Select(s => s.Status).Distinct().CountAsync())).ShouldBe(2);
        var notices = await app.WithDbAsync(db => db.Set<Notice>().Select(n => n.Id).ToListAsync());
        var read = await app.WithDbAsync(db => db.Set<NoticeRead>().Select(r => r.NoticeId).Distinct().ToListAsync());
        read.ShouldNotBeEmpty("older notices are read by their units' accounts");
        notices.Except(read).ShouldNotBeEmpty("the last few days' notices are unread");

        // A department finds a notice for every complaint on its 工作台, as intake would have sent it.
        foreach (var department in new[] { "jlp-pxjg", "jlp-jck" })
        {
            var api = await app.ApiAsync(department);
            var todos = (await api.GetFromJsonAsync<JsonElement>("/api/me/todos")).EnumerateArray().Select(t => t.GetProperty("link").GetString()!)
                .Where(l => l.StartsWith("/staff/complaints/", StringComparison.Ordinal)).ToList();
            todos.ShouldNotBeEmpty(department);
            var links = (await api.GetFromJsonAsync<JsonElement>("/api/me/notices?pageSize=200")).GetProperty("items").EnumerateArray()
                .Select(n => n.GetProperty("link").GetString()).ToList();
            todos.Except(links).ShouldBeEmpty(department);
        }

        var (_, home) = await new PageClient(app.CreateClient()).GetAsync("/");
        home.Body!.TextContent.ShouldContain("运营单位：重庆市人民政府教育督导室");

        var pages = await app.PagesAsync("jlp-admin");
        foreach (var (url, rows) in new[]
                 {
                     ("/staff/visits", "tbody tr"), ("/staff/problems", "tbody tr"), ("/staff/complaints", "tbody tr"),
                     ("/staff/escalations", "tbody tr"), ("/staff/self-assessments", "tbody tr"), ("/staff/coverage/heatmap", "td.bg-green"),
                 })
        {
            var (response, doc) = await pages.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            doc.QuerySelectorAll(rows).Length.ShouldBeGreaterThan(0, url);
        }
    }
}
