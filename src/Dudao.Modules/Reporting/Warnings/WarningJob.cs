using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Reporting.Domain;
using Dudao.Modules.Reporting.Rollups;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Reporting.Warnings;

/// <summary>
/// Every morning, after the overdue figure is settled: each region with figures in the last months is checked,
/// and its office told of each warning once a month (the key holds region, kind and month).
/// </summary>
internal sealed class WarningJob(AppDbContext db, WarningService warnings, NoticeService notices, TimeProvider clock) : IScheduledJob
{
    public string Name => "early-warnings";
    public string Title => "预警提示";
    public JobSchedule Schedule => JobSchedule.Daily(7, 30);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var month = ReportMonths.Parse(null, clock);
        var since = ReportMonths.Add(month, -WarningService.BaselineMonths);
#pragma warning disable CA1309 // EF translates string.Compare to SQL; the overload with a StringComparison does not translate
        var regions = await db.Set<RegionRollup>().Where(r => string.Compare(r.Month, since) >= 0).Select(r => r.RegionCode).Distinct().ToListAsync(ct);
#pragma warning restore CA1309
        var sent = 0;
        foreach (var code in regions.Order(StringComparer.Ordinal))
        {
            foreach (var w in await warnings.OfRegionAsync(code, ct))
            {
                if (await notices.SendAsync(new NoticeRecipient(OrgKinds.Office, code, null), $"预警提示：{w.RegionName}{w.Title}", w.Message,
                        $"/staff/reports?regionCode={code}&month={month}", $"early-warning:{w.Kind}:{code}:{month}", ct))
                {
                    sent++;
                }
            }
        }
        await db.SaveChangesAsync(ct);
        return $"发出预警 {sent} 条";
    }
}
