using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Notices;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Inspections.Coverage;

/// <summary>
/// On the 21st (and whenever an admin runs it after the 20th), each inspector with assigned
/// schools not yet visited this month gets one notice listing them.
/// </summary>
public sealed class CoverageReminderJob(AppDbContext db, NoticeService notices, TimeProvider clock) : IScheduledJob
{
    public const string JobName = "coverage-reminder";
    private const int ListedNames = 20;

    public string Name => JobName;
    public JobSchedule Schedule => JobSchedule.Monthly(21, 8);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        if (today.Day <= 20) return "每月20日之后才提醒";
        var month = today.ToString("yyyy-MM");
        var gaps = await (from a in db.Set<Assignment>()
                          where a.TargetKind == Assignment.SchoolTarget
                                && !db.Set<CoverageMark>().Any(c => c.Month == month && c.SchoolId == a.TargetId)
                          join s in db.Set<School>() on a.TargetId equals s.Id
                          orderby a.InspectorId, s.Code
                          select new { a.InspectorId, a.RegionCode, s.Name }).ToListAsync(ct);
        var sent = 0;
        foreach (var inspector in gaps.GroupBy(g => (g.InspectorId, g.RegionCode)))
        {
            var names = inspector.Select(g => g.Name).ToList();
            var body = $"截至{today:M月d日}，您挂牌的 {names.Count} 所学校本月尚未督导：{string.Join("、", names.Take(ListedNames))}"
                       + (names.Count > ListedNames ? " 等" : "") + "。请在月底前完成“月月督”。";
            if (await notices.SendAsync(new NoticeRecipient(OrgKinds.Inspector, inspector.Key.RegionCode, inspector.Key.InspectorId),
                    $"{month} 月月督提醒：{names.Count} 所学校未督导", body, $"/staff/coverage?month={month}", $"coverage:{month}:{inspector.Key.InspectorId}", ct))
                sent++;
        }
        return $"{sent} 名督学收到提醒";
    }
}
