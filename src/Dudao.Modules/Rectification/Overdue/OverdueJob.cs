using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Platform.Calendar;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Rectification.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Rectification.Overdue;

/// <summary>
/// Every morning: flags problems past their deadline (a history step, once per deadline) and tells
/// the responsible unit and the inspector; reminds both of deadlines coming within the region's
/// due-soon working days (3 by default); reminds inspectors of follow-up checks (回头看) that are due. Dedupe keys include
/// the deadline, so a reopened problem with a new deadline is reminded again, a rerun never twice.
/// </summary>
internal sealed class OverdueJob(AppDbContext db, NoticeService notices, ProblemRecipients recipients, RuleService rules, WorkCalendar calendar,
    TimeProvider clock)
    : IScheduledJob
{
    private const int Batch = 500;

    public string Name => "rectification-overdue";
    public string Title => "标记逾期未整改问题";
    public JobSchedule Schedule => JobSchedule.Daily(7);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        // Wider than the longest due-soon window a region may set (30 working days, with a week-long holiday);
        // each problem is then checked against its own region's value.
        var horizon = today.AddDays(60);
        var dueSoonBy = new Dictionary<string, DateOnly>();
        int overdue = 0, dueSoon = 0, followUps = 0;
        string? after = null;
        while (true)
        {
            var page = await db.Set<Problem>().AsNoTracking()
                .Where(p => (p.Status != ProblemStatuses.Closed && p.Deadline <= horizon) || (p.Status == ProblemStatuses.Closed && p.FollowUpOn <= today))
#pragma warning disable CA1309 // EF translates string.Compare to SQL; the overload with a StringComparison does not translate
                .Where(p => after == null || string.Compare(p.Id, after) > 0)
#pragma warning restore CA1309
                .OrderBy(p => p.Id).Take(Batch).ToListAsync(ct);
            if (page.Count == 0) break;
            after = page[^1].Id;
            foreach (var p in page)
            {
                if (p.Status == ProblemStatuses.Closed)
                {
                    if (await NotifyInspectorAsync(p, "回头看到期", $"{p.TargetName}：已销号问题“{Short(p)}”应于 {p.FollowUpOn:yyyy-MM-dd} 前回头看",
                            $"problem-follow-up:{p.Id}:{p.FollowUpOn:yyyyMMdd}", ct))
                    {
                        followUps++;
                    }
                }
                else if (p.IsOverdue(today))
                {
                    var key = $"problem-overdue:{p.Id}:{p.Deadline:yyyyMMdd}";
                    if (await NotifyBothAsync(p, "整改已逾期", $"{p.TargetName}：“{Short(p)}”整改期限 {p.Deadline:yyyy-MM-dd} 已过，尚未销号", key, ct))
                    {
                        db.Add(p.MarkedOverdue(clock.GetUtcNow().UtcDateTime));
                        overdue++;
                    }
                }
                else if (p.Deadline <= await DueSoonByAsync(p.RegionCode, today, dueSoonBy, ct))
                {
                    if (await NotifyBothAsync(p, "整改即将到期", $"{p.TargetName}：“{Short(p)}”整改期限为 {p.Deadline:yyyy-MM-dd}",
                            $"problem-due-soon:{p.Id}:{p.Deadline:yyyyMMdd}", ct))
                    {
                        dueSoon++;
                    }
                }
            }
            // A page's notices and history steps commit together, one transaction per page.
            await db.SaveChangesAsync(ct);
        }
        return $"新逾期 {overdue} 个，即将到期提醒 {dueSoon} 个，回头看提醒 {followUps} 个";
    }

    /// <returns>true when the responsible unit was told now (not in an earlier run).</returns>
    private async Task<bool> NotifyBothAsync(Problem p, string title, string body, string key, CancellationToken ct)
    {
        var sent = await notices.SendAsync(ProblemRecipients.Responsible(p), title, body, ProblemRecipients.Link(p), key + ":unit", ct);
        await NotifyInspectorAsync(p, title, body, key, ct);
        return sent;
    }

    private async Task<bool> NotifyInspectorAsync(Problem p, string title, string body, string key, CancellationToken ct) =>
        await recipients.InspectorAsync(p, ct) is { } inspector
        && await notices.SendAsync(inspector, title, body, ProblemRecipients.Link(p), key + ":inspector", ct);

    /// <summary>The last deadline that is due soon in a region: its due-soon working days from today.</summary>
    private async Task<DateOnly> DueSoonByAsync(string regionCode, DateOnly today, Dictionary<string, DateOnly> cache, CancellationToken ct)
    {
        if (!cache.TryGetValue(regionCode, out var by))
            cache[regionCode] = by = await calendar.AddWorkingDaysAsync(today, await rules.GetAsync(RectificationRules.DueSoonDays, regionCode, ct), ct);
        return by;
    }

    private static string Short(Problem p) => p.Description.Length <= 30 ? p.Description : p.Description[..30] + "…";
}
