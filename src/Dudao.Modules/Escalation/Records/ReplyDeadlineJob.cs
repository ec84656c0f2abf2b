using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Escalation.Suggestions;
using Dudao.Modules.Platform.Calendar;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Platform.Rules;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Escalation.Records;

/// <summary>
/// Every morning: reminds the unit that must reply to a 督办单 (挂牌督办) a few working days before its
/// deadline, and once it has passed without a reply tells that unit and the unit that issued it. Keyed by
/// the record and its deadline, so each reminder fires once.
/// </summary>
internal sealed class ReplyDeadlineJob(AppDbContext db, EscalationParties parties, NoticeService notices, RuleService rules, WorkCalendar calendar,
    TimeProvider clock) : IScheduledJob
{
    public string Name => "docket-reply-deadlines";
    public string Title => "督办单回复期限提醒";
    public JobSchedule Schedule => JobSchedule.Daily(7, 20);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        // Wider than the longest due-soon window a region may set (10 working days, with a week-long holiday).
        var horizon = today.AddDays(30);
        // Listed supervisions awaiting a reply are few (tens per county a year), so one query serves.
        var open = await db.Set<EscalationRecord>().AsNoTracking()
            .Where(e => e.Level == EscalationLevels.Listed && e.RepliedAt == null && e.Deadline != null && e.Deadline <= horizon)
            .OrderBy(e => e.Deadline).ToListAsync(ct);
        var dueSoonBy = new Dictionary<string, DateOnly>();
        int dueSoon = 0, overdue = 0;
        foreach (var e in open)
        {
            var deadline = e.Deadline!.Value;
            var key = $"docket-reply:{e.Id}:{deadline:yyyyMMdd}";
            var to = await parties.RecipientAsync(e, ct);
            var link = $"/staff/escalations/{e.Id}";
            if (deadline < today)
            {
                var title = $"督办单回复已逾期：{e.TargetDisplay}";
                var body = $"挂牌督办的书面回复期限 {deadline:yyyy-MM-dd} 已过，尚未回复。";
                if (await notices.SendAsync(to, title, body, link, key + ":overdue", ct)) overdue++;
                if (await parties.RecorderAsync(e, ct) is { } recorder && recorder != to)
                    await notices.SendAsync(recorder, title, body, link, key + ":overdue:issuer", ct);
            }
            else if (deadline <= await DueSoonByAsync(e.RegionCode, today, dueSoonBy, ct)
                     && await notices.SendAsync(to, $"督办单即将到期：{e.TargetDisplay}", $"挂牌督办请于 {deadline:yyyy-MM-dd} 前书面回复。督办要求：{e.Requirement}",
                         link, key + ":due-soon", ct))
            {
                dueSoon++;
            }
        }
        await db.SaveChangesAsync(ct);
        return $"即将到期提醒 {dueSoon} 份，逾期提醒 {overdue} 份";
    }

    private async Task<DateOnly> DueSoonByAsync(string regionCode, DateOnly today, Dictionary<string, DateOnly> cache, CancellationToken ct)
    {
        if (!cache.TryGetValue(regionCode, out var by))
            cache[regionCode] = by = await calendar.AddWorkingDaysAsync(today, await rules.GetAsync(EscalationRules.ReplyDueSoonWorkingDays, regionCode, ct), ct);
        return by;
    }
}
