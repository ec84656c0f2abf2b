using Dudao.Data;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Escalation.Suggestions;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Notices;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Escalation.Records;

/// <summary>
/// Every morning: reminds the unit that must reply to a 督办单 (挂牌督办) a few working days before its
/// deadline, and once it has passed without a reply tells that unit and the unit that issued it (<see cref="DeadlineNotices"/>).
/// </summary>
internal sealed class ReplyDeadlineJob(AppDbContext db, EscalationParties parties, DeadlineNotices deadlines) : IScheduledJob
{
    public string Name => "docket-reply-deadlines";
    public string Title => "督办单回复期限提醒";
    public JobSchedule Schedule => JobSchedule.Daily(7, 20);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var horizon = deadlines.Horizon;
        // Listed supervisions awaiting a reply are few (tens per county a year), so one query serves.
        var open = await db.Set<EscalationRecord>().AsNoTracking()
            .Where(e => e.Level == EscalationLevels.Listed && e.RepliedAt == null && e.Deadline != null && e.Deadline <= horizon)
            .OrderBy(e => e.Deadline).ToListAsync(ct);
        int dueSoon = 0, overdue = 0;
        foreach (var e in open)
        {
            var deadline = e.Deadline!.Value;
            var sent = await deadlines.RemindAsync(new DeadlineReminder($"docket-reply:{e.Id}:{deadline:yyyyMMdd}", deadline, e.RegionCode,
                EscalationRules.ReplyDueSoonWorkingDays, $"/staff/escalations/{e.Id}", await parties.RecipientAsync(e, ct),
                new NoticeText($"督办单即将到期：{e.TargetDisplay}", $"挂牌督办请于 {deadline:yyyy-MM-dd} 前书面回复。督办要求：{e.Requirement}"),
                new NoticeText($"督办单回复已逾期：{e.TargetDisplay}", $"挂牌督办的书面回复期限 {deadline:yyyy-MM-dd} 已过，尚未回复。"),
                await parties.RecorderAsync(e, ct), "issuer"), ct);
            if (sent == DeadlineNotice.DueSoon) dueSoon++;
            if (sent == DeadlineNotice.Overdue) overdue++;
        }
        await db.SaveChangesAsync(ct);
        return $"即将到期提醒 {dueSoon} 份，逾期提醒 {overdue} 份";
    }
}
