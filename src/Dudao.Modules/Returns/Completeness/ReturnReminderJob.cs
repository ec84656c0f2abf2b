using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Returns.Domain;
using Dudao.Modules.Returns.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Returns.Completeness;

/// <summary>
/// Every morning: reminds each unit whose return for an open period is not yet in, once, when the due day is
/// within the region's <see cref="ReturnsRules.ReminderDays"/> (keyed by form, period and unit).
/// </summary>
internal sealed class ReturnReminderJob(AppDbContext db, ExpectedUnits expected, NoticeService notices, RuleService rules, TimeProvider clock) : IScheduledJob
{
    public string Name => "return-reminders";
    public string Title => "报表截止前提醒";
    public JobSchedule Schedule => JobSchedule.Daily(7, 40);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var days = new Dictionary<string, int>(StringComparer.Ordinal);
        var sent = 0;
        foreach (var form in await db.Set<ReturnForm>().AsNoTracking().Where(f => f.Active).ToListAsync(ct))
        {
            foreach (var period in form.OpenPeriods(today).Where(p => form.DueOn(p) >= today && form.DueOn(p).DayNumber - today.DayNumber <= 15))
            {
                var dueOn = form.DueOn(period);
                var inIds = (await db.Set<PeriodicReturn>().AsNoTracking()
                    .Where(r => r.FormId == form.Id && r.Period == period.Code && (r.Status == ReturnStatuses.Submitted || r.Status == ReturnStatuses.Accepted))
                    .Select(r => r.TargetKind + "|" + r.TargetId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
                foreach (var unit in await expected.OfAsync(form, null, ct))
                {
                    if (inIds.Contains(unit.Kind + "|" + unit.Id)) continue;
                    var county = unit.RegionCode.Length >= 6 ? unit.RegionCode[..6] : unit.RegionCode;
                    if (!days.TryGetValue(county, out var n)) days[county] = n = await rules.GetAsync(ReturnsRules.ReminderDays, county, ct);
                    if (dueOn.DayNumber - today.DayNumber > n) continue;
                    if (await notices.SendAsync(ReturnUnit.RecipientOf(unit.Kind, unit.Id, unit.RegionCode), $"报表即将截止：{form.Name}（{period.Label}）",
                            $"请于 {dueOn:yyyy-MM-dd} 前填报并提交。", "/staff/returns", $"return-due:{form.Id}:{period.Code}:{unit.Kind}:{unit.Id}", ct))
                    {
                        sent++;
                    }
                }
            }
        }
        await db.SaveChangesAsync(ct);
        return $"提醒 {sent} 个单位";
    }
}
