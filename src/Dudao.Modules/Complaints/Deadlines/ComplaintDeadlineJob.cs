using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Triage;
using Dudao.Modules.Platform.Calendar;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Platform.Rules;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Deadlines;

/// <summary>
/// Every morning: tells the handler of an open complaint (its department, or the office) when the
/// running deadline — acceptance while received, handling once accepted — is a few working days away,
/// and the handler and the county office once it has passed. Keys carry the stage and the deadline, so
/// each reminder fires once, and an extension or acceptance that starts a new deadline is reminded again.
/// </summary>
internal sealed class ComplaintDeadlineJob(AppDbContext db, NoticeService notices, RoutingNotices recipients, RuleService rules, WorkCalendar calendar,
    TimeProvider clock) : IScheduledJob
{
    private const int Batch = 500;

    public string Name => "complaint-deadlines";
    public string Title => "举报受理办理期限提醒";
    public JobSchedule Schedule => JobSchedule.Daily(7, 15);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        // Wider than the longest due-soon window a region may set (10 working days, with a week-long holiday).
        var horizon = today.AddDays(30);
        var dueSoonBy = new Dictionary<string, DateOnly>();
        int dueSoon = 0, overdue = 0;
        string? after = null;
        while (true)
        {
            var page = await db.Set<Complaint>()
                .Where(c => (c.Status == ComplaintStatuses.Received && c.AcceptDeadline <= horizon)
                            || (c.Status == ComplaintStatuses.Accepted && c.HandleDeadline <= horizon))
#pragma warning disable CA1309 // EF translates string.Compare to SQL; the overload with a StringComparison does not translate
                .Where(c => after == null || string.Compare(c.Id, after) > 0)
#pragma warning restore CA1309
                .OrderBy(c => c.Id).Take(Batch).AsNoTracking().ToListAsync(ct);
            if (page.Count == 0) break;
            after = page[^1].Id;
            foreach (var c in page)
            {
                var deadline = c.CurrentDeadline!.Value;
                var (stage, label) = c.Status == ComplaintStatuses.Received ? ("accept", "受理") : ("handle", "办理");
                var key = $"complaint-{stage}:{c.Id}:{deadline:yyyyMMdd}";
                var handler = await recipients.HandlerAsync(c, ct);
                if (deadline < today)
                {
                    var title = $"举报{label}已超期：{c.MatchedName ?? c.TargetName}";
                    var body = $"{c.Department}承办的一件“{c.Category}”类举报{label}期限 {deadline:yyyy-MM-dd} 已过，请尽快{label}。";
                    if (await notices.SendAsync(handler, title, body, RoutingNotices.Link(c), key + ":overdue", ct)) overdue++;
                    if (handler.OrgRefId is not null)
                        await notices.SendAsync(RoutingNotices.Office(c), title, body, RoutingNotices.Link(c), key + ":overdue:office", ct);
                }
                else if (deadline <= await DueSoonByAsync(c.RegionCode, today, dueSoonBy, ct)
                         && await notices.SendAsync(handler, $"举报{label}即将到期：{c.MatchedName ?? c.TargetName}",
                             $"一件“{c.Category}”类举报的{label}期限为 {deadline:yyyy-MM-dd}。", RoutingNotices.Link(c), key + ":due-soon", ct))
                {
                    dueSoon++;
                }
            }
            await db.SaveChangesAsync(ct);
        }
        return $"即将到期提醒 {dueSoon} 件，超期提醒 {overdue} 件";
    }

    private async Task<DateOnly> DueSoonByAsync(string regionCode, DateOnly today, Dictionary<string, DateOnly> cache, CancellationToken ct)
    {
        if (!cache.TryGetValue(regionCode, out var by))
            cache[regionCode] = by = await calendar.AddWorkingDaysAsync(today, await rules.GetAsync(ComplaintsRules.DueSoonWorkingDays, regionCode, ct), ct);
        return by;
    }
}
