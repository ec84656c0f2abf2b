using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Triage;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Notices;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Deadlines;

/// <summary>
/// Every morning: tells the handler of an open complaint (its department, or the office) when the
/// running deadline — acceptance while received, handling once accepted — is a few working days away,
/// and the handler and the county office once it has passed (<see cref="DeadlineNotices"/>).
/// </summary>
internal sealed class ComplaintDeadlineJob(AppDbContext db, DeadlineNotices deadlines, RoutingNotices recipients) : IScheduledJob
{
    private const int Batch = 500;

    public string Name => "complaint-deadlines";
    public string Title => "举报受理办理期限提醒";
    public JobSchedule Schedule => JobSchedule.Daily(7, 15);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var horizon = deadlines.Horizon;
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
                var sent = await deadlines.RemindAsync(await ReminderAsync(c, ct), ct);
                if (sent == DeadlineNotice.DueSoon) dueSoon++;
                if (sent == DeadlineNotice.Overdue) overdue++;
            }
            await db.SaveChangesAsync(ct);
        }
        return $"即将到期提醒 {dueSoon} 件，超期提醒 {overdue} 件";
    }

    private async Task<DeadlineReminder> ReminderAsync(Complaint c, CancellationToken ct)
    {
        var deadline = c.CurrentDeadline!.Value;
        var (stage, label) = c.Status == ComplaintStatuses.Received ? ("accept", "受理") : ("handle", "办理");
        var target = c.MatchedName ?? c.TargetName;
        return new DeadlineReminder($"complaint-{stage}:{c.Id}:{deadline:yyyyMMdd}", deadline, c.RegionCode, ComplaintsRules.DueSoonWorkingDays,
            RoutingNotices.Link(c), await recipients.HandlerAsync(c, ct),
            new NoticeText($"举报{label}即将到期：{target}", $"一件“{c.Category}”类举报的{label}期限为 {deadline:yyyy-MM-dd}。"),
            new NoticeText($"举报{label}已超期：{target}", $"{c.Department}承办的一件“{c.Category}”类举报{label}期限 {deadline:yyyy-MM-dd} 已过，请尽快{label}。"),
            RoutingNotices.Office(c), "office");
    }
}
