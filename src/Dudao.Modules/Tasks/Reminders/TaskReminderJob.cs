using System.Globalization;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Tasks.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Tasks.Reminders;

/// <summary>
/// Every morning: 催办 for key tasks past their month (each responsible department and the office, once per
/// task), and for a department whose progress report for this month is still missing after the region's
/// report day (<see cref="TasksRules.ReportDay"/>, once per task, month and department).
/// </summary>
internal sealed class TaskReminderJob(AppDbContext db, NoticeService notices, RuleService rules, TimeProvider clock) : IScheduledJob
{
    public string Name => "key-task-reminders";
    public string Title => "重点任务催办";
    public JobSchedule Schedule => JobSchedule.Daily(8, 10);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var month = today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var open = await db.Set<KeyTask>().AsNoTracking().Where(t => t.CompletedOn == null).ToListAsync(ct);
        var ids = open.Select(t => t.Id).ToList();
        var units = await db.Set<KeyTaskUnit>().AsNoTracking().Where(u => ids.Contains(u.KeyTaskId)).ToListAsync(ct);
        var reported = (await db.Set<KeyTaskReport>().AsNoTracking().Where(r => ids.Contains(r.KeyTaskId) && r.Month == month && r.DepartmentId != null)
            .Select(r => r.KeyTaskId + "|" + r.DepartmentId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var reportDays = new Dictionary<string, int>(StringComparer.Ordinal);
        int overdue = 0, missing = 0;
        foreach (var task in open)
        {
            var link = $"/staff/tasks/{task.Id}";
            if (today > task.DueOn)
            {
                var title = $"催办：重点任务已逾期（第{task.Number}项）";
                var body = $"“{Short(task.Title)}”的完成时限为{task.Deadline}，至今未完成，请抓紧推进并报送进展。";
                foreach (var unit in units.Where(u => u.KeyTaskId == task.Id))
                {
                    if (await notices.SendAsync(new NoticeRecipient(OrgKinds.Department, unit.RegionCode, unit.DepartmentId), title, body, link,
                            $"task-overdue:{task.Id}:{unit.DepartmentId}", ct))
                    {
                        overdue++;
                    }
                }
                await notices.SendAsync(new NoticeRecipient(OrgKinds.Office, task.RegionCode, null), title, body, link, $"task-overdue:{task.Id}:office", ct);
                continue;
            }
            if (!reportDays.TryGetValue(task.RegionCode, out var day))
            {
                reportDays[task.RegionCode] = day = await rules.GetAsync(TasksRules.ReportDay, task.RegionCode, ct);
            }
            if (today.Day <= day) continue;
            foreach (var unit in units.Where(u => u.KeyTaskId == task.Id && !reported.Contains(u.KeyTaskId + "|" + u.DepartmentId)))
            {
                if (await notices.SendAsync(new NoticeRecipient(OrgKinds.Department, unit.RegionCode, unit.DepartmentId),
                        $"催报：重点任务进展（第{task.Number}项）", $"“{Short(task.Title)}”{month}的进展应于{day}日前报送，请尽快报送。", link,
                        $"task-report:{task.Id}:{month}:{unit.DepartmentId}", ct))
                {
                    missing++;
                }
            }
        }
        await db.SaveChangesAsync(ct);
        return $"逾期催办 {overdue} 个单位，催报进展 {missing} 个单位";
    }

    private static string Short(string title) => title.Length > 40 ? title[..40] + "……" : title;
}
