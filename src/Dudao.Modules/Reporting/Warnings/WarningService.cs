using System.Globalization;
using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Reporting.Domain;
using Dudao.Modules.Reporting.Rollups;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Reporting.Warnings;

/// <summary>
/// Early warnings (预警提示) over the rollups, for a region and its child regions in a month: overdue problems
/// above a share of the open ones; coverage behind the month's progress (by day of month); complaints above
/// their baseline (<see cref="ComplaintBaseline"/>: vacation months against vacation months), prorated to the days
/// gone. Thresholds are the region's rules.
/// </summary>
public sealed class WarningService(AppDbContext db, IRegionFigures figures, ComplaintBaseline baselines, RuleService rules, TimeProvider clock)
{
    public const int BaselineMonths = 3;

    public async Task<IReadOnlyList<EarlyWarning>> EvaluateAsync(string? regionCode, string? month, CancellationToken ct)
    {
        var m = ReportMonths.Parse(month, clock);
        var code = RegionFilter.OrDefault(regionCode, db.User.RegionCode);
        var now = new List<RegionFigures> { await figures.OfAsync(code, m, m, ct) };
        now.AddRange(await figures.ChildrenAsync(code, m, m, ct));
        var published = await db.Set<PublicWarning>().AsNoTracking().Where(w => w.Month == m).InRegion(code)
            .Select(w => new { w.RegionCode, w.Kind }).ToListAsync(ct);
        var warnings = new List<EarlyWarning>();
        foreach (var region in now)
        {
            foreach (var w in await RaiseAsync(region, m, ct))
                warnings.Add(w with { Published = published.Any(p => p.RegionCode == region.RegionCode && p.Kind == w.Kind) });
        }
        return warnings;
    }

    /// <summary>The warnings of one region alone this month (the nightly job's view: each region is told of its own).</summary>
    public async Task<IReadOnlyList<EarlyWarning>> OfRegionAsync(string regionCode, CancellationToken ct)
    {
        var m = ReportMonths.Parse(null, clock);
        return await RaiseAsync(await figures.OfAsync(regionCode, m, m, ct), m, ct);
    }

    private async Task<List<EarlyWarning>> RaiseAsync(RegionFigures region, string month, CancellationToken ct) =>
        (await RulesAsync(region, month, ct))
        .Select(r => new EarlyWarning(r.Kind, region.RegionCode, region.Name, month, r.Title, r.Message, false)).ToList();

    /// <summary>
    /// Publishes a warning the rules raise now to the public warnings page (once per region, kind and month); the
    /// text names the region and the figures, never a school or a person.
    /// </summary>
    public async Task<EarlyWarning> PublishAsync(string? regionCode, string? month, string? kind, CancellationToken ct)
    {
        ValidationFailedException.ThrowIf("kind", Check.OneOfCodes(kind, WarningKinds.All, "预警类别"));
        var warning = (await EvaluateAsync(regionCode, month, ct)).FirstOrDefault(w => w.Kind == kind && w.RegionCode == RegionFilter.OrDefault(regionCode, db.User.RegionCode))
                      ?? throw DomainException.Conflict("该地区本月没有这一类预警，无需发布");
        db.AddIfAbsent(new PublicWarning
        {
            RegionCode = warning.RegionCode, Kind = warning.Kind, Month = warning.Month, Title = $"{warning.RegionName}{warning.Title}",
            Body = ParentText(warning), PublishedAt = clock.GetUtcNow().UtcDateTime, PublishedBy = db.User.UserName,
        });
        await db.SaveChangesAsync(ct);
        return warning with { Published = true };
    }

    /// <summary>What parents read: the situation and what the office asks of schools, institutions and families.</summary>
    private static string ParentText(EarlyWarning w) => w.Kind switch
    {
        WarningKinds.Complaints => $"{w.Month}，{w.RegionName}收到的“双减”举报明显增多。请家长提高防范意识，不参加违规学科类培训、不预缴大额培训费用，发现问题可通过举报平台反映。",
        WarningKinds.Overdue => $"{w.Month}，{w.RegionName}部分“双减”问题整改逾期。教育督导部门已督促相关学校和机构限期整改，欢迎家长监督。",
        _ => $"{w.Month}，{w.RegionName}督导检查进度偏慢。教育督导部门将加密督导频次，欢迎家长关注和监督。",
    };

    private async Task<List<(string Kind, string Title, string Message)>> RulesAsync(RegionFigures region, string month, CancellationToken ct)
    {
        var f = region.Figures;
        var raised = new List<(string, string, string)>();
        var open = f.ProblemsOpenedToDate - f.ProblemsClosedToDate;
        var overdueLimit = await rules.GetAsync(ReportingRules.OverdueRate, region.RegionCode, ct);
        if (open > 0 && f.ProblemsOverdue * 100 > overdueLimit * open)
        {
            raised.Add((WarningKinds.Overdue, "问题整改逾期预警", $"逾期未销号问题 {f.ProblemsOverdue} 个，占未销号问题 {Pct(f.ProblemsOverdue, open)}，超过 {overdueLimit}%"));
        }

        var progress = Progress(month);
        var lag = await rules.GetAsync(ReportingRules.CoverageLag, region.RegionCode, ct);
        if (f.CoverageRate is { } coverage && coverage * 100 < progress * 100 - lag)
        {
            raised.Add((WarningKinds.Coverage, "督导覆盖进度预警",
                $"本月督导覆盖率 {Dashboard.FigureText.Percent(coverage)}，时间进度 {Dashboard.FigureText.Percent(progress)}，落后超过 {lag} 个百分点"));
        }

        var baseline = await baselines.OfAsync(region.RegionCode, month, ct);
        var factor = await rules.GetAsync(ReportingRules.ComplaintsAboveBaseline, region.RegionCode, ct);
        var minimum = await rules.GetAsync(ReportingRules.ComplaintsMinimum, region.RegionCode, ct);
        var expected = baseline.PerMonth * progress;
        if (f.ComplaintsReceived >= minimum && f.ComplaintsReceived * 100 > expected * factor)
        {
            raised.Add((WarningKinds.Complaints, "举报量异常预警",
                $"本月已收到举报 {f.ComplaintsReceived} 件，{Compared(baseline)}月均 {baseline.PerMonth.ToString("0.0", CultureInfo.InvariantCulture)} 件，按已过天数折算超过 {factor}%"));
        }
        return raised;
    }

    /// <summary>How much of the month has gone (today's day of month over its days); a past month is over.</summary>
    private double Progress(string month)
    {
        var today = clock.Today();
        var first = ReportMonths.First(month);
        if (today < first) return 0;
        var days = DateTime.DaysInMonth(first.Year, first.Month);
        return today.Year == first.Year && today.Month == first.Month ? (double)today.Day / days : 1;
    }

    /// <summary>"此前（9月、10月、11月）", "此前假期月份（1月、2月、7月）".</summary>
    private static string Compared(Baseline b) =>
        (b.Vacation ? "此前假期月份" : "此前") + "（" + string.Join("、", b.Months.Select(m => int.Parse(m[5..], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + "月")) + "）";

    private static string Pct(int part, int whole) => (part * 100.0 / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
