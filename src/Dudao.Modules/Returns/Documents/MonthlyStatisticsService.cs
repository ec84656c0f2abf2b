using System.Globalization;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Platform.Letterheads;
using Dudao.Modules.Reporting.Rollups;
using Dudao.Modules.Returns.Completeness;
using Dudao.Modules.Returns.Domain;
using Dudao.Modules.Shared.Documents;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Returns.Documents;

/// <summary>
/// Builds the monthly statistics table from the rollups (never recounting records) and from the built-in
/// 推进情况统计表 returns of the region's units that are submitted or accepted.
/// </summary>
public sealed class MonthlyStatisticsService(AppDbContext db, ICurrentUser me, IRegionFigures figures, CompletenessService completeness,
    RegionDirectory regions, LetterheadService letterheads, TimeProvider clock)
{
    public const string DocumentKind = "monthly-statistics";

    public async Task<MonthlyStatistics> GetAsync(string? regionCode, string? month, CancellationToken ct)
    {
        var region = RegionFilter.OrDefault(regionCode, me.RegionCode);
        ValidationFailedException.ThrowIf(RegionFilter.Field, Check.InScope(me.Scope, region));
        var period = string.IsNullOrWhiteSpace(month) ? ReturnPeriod.Containing(PeriodKinds.Month, clock.Today()).Previous()
            : ReturnPeriod.Parse(PeriodKinds.Month, month) ?? throw ValidationFailedException.For("month", "月份应为 yyyy-MM 的写法，如 2026-10");
        var f = (await figures.OfAsync(region, period.Code, period.Code, ct)).Figures;
        const string Rollup = "督导记录、问题台账、举报、督办（系统汇总）";
        var inspections = new List<StatisticsLine>
        {
            new("开展督导检查（次）", MonthlyStatistics.Count(f.Visits), Rollup),
            new("应督学校（所）", MonthlyStatistics.Count(f.Schools), Rollup),
            new("已督学校（所）", MonthlyStatistics.Count(f.SchoolsVisited), Rollup),
            new("应督校外培训机构（家）", MonthlyStatistics.Count(f.Institutions), Rollup),
            new("已督校外培训机构（家）", MonthlyStatistics.Count(f.InstitutionsVisited), Rollup),
            new("月月督覆盖率", MonthlyStatistics.Percent(f.CoverageRate), Rollup),
            new("发现问题（个）", MonthlyStatistics.Count(f.ProblemsOpened), Rollup),
            new("整改销号（个）", MonthlyStatistics.Count(f.ProblemsClosed), Rollup),
            new("逾期未整改（个）", MonthlyStatistics.Count(f.ProblemsOverdue), Rollup),
            new("累计整改率", MonthlyStatistics.Percent(f.RectificationRate), Rollup),
            new("受理举报（件）", MonthlyStatistics.Count(f.ComplaintsReceived), Rollup),
            new("办结举报（件）", MonthlyStatistics.Count(f.ComplaintsClosed), Rollup),
            new("按期办结（件）", MonthlyStatistics.Count(f.ComplaintsClosedOnTime), Rollup),
            new("举报按期办结率", MonthlyStatistics.Percent(f.ComplaintsOnTimeRate), Rollup),
        };
        inspections.AddRange(EscalationLevels.All.Select(level => new StatisticsLine(
            $"{EscalationLevels.Label(level)}（次）", MonthlyStatistics.Count(f.EscalationsByLevel.GetValueOrDefault(level)), Rollup)));

        var form = await db.Set<ReturnForm>().AsNoTracking().FirstAsync(x => x.Key == ReturnForm.MonthlyStatistics, ct);
        var returns = await db.Set<PeriodicReturn>().AsNoTracking().InRegion(region)
            .Where(r => r.FormId == form.Id && r.Period == period.Code && (r.Status == ReturnStatuses.Submitted || r.Status == ReturnStatuses.Accepted))
            .Select(r => r.Data).ToListAsync(ct);
        var values = returns.Select(PeriodicReturn.ParseValues).ToList();
        var returned = form.FieldList.Where(x => x.Type == FieldTypes.WholeNumber)
            .Select(x => new StatisticsLine(x.Label, MonthlyStatistics.Count(values.Sum(v => v.TryGetValue(x.Key, out var s) ? int.Parse(s, CultureInfo.InvariantCulture) : 0)),
                "各科室填报的推进情况统计表"))
            .ToList();
        var c = await completeness.GetAsync(form.Id, period.Code, region, ct);
        var name = await regions.NameAsync(region, ct) ?? region;
        return new MonthlyStatistics(region, name, period.Code, period.Label, inspections, returned, c.Expected, c.Submitted, c.OnTime,
            c.Late.Where(l => l.Status == "missing").Select(l => l.Unit).ToList());
    }

    /// <summary>The table as an issued .docx (letterhead, 文号 issued once per region and month, seal line).</summary>
    public async Task<byte[]> DocxAsync(string? regionCode, string? month, CancellationToken ct)
    {
        var stats = await GetAsync(regionCode, month, ct);
        var header = await letterheads.IssueAsync(DocumentKind, $"{stats.RegionCode}:{stats.Month}", stats.RegionCode, ct);
        using var docx = new OfficialDocx(header, $"{stats.RegionName}“双减”专项督导推进情况统计表（{stats.MonthLabel}）");
        docx.Heading("一、督导检查情况").Facts(stats.Inspections.Select(l => (l.Label, l.Value)).ToList());
        docx.Heading("二、各科室推进情况").Facts(stats.Returned.Select(l => (l.Label, l.Value)).ToList());
        docx.Paragraph($"应报送科室 {stats.Expected} 个，已报送 {stats.Submitted} 个，其中按时 {stats.OnTime} 个。", indent: true);
        if (stats.NotIn.Count > 0) docx.Paragraph($"未报送：{string.Join("、", stats.NotIn)}。", indent: true);
        docx.Paragraph("说明：第一部分由系统根据督导记录、问题台账、举报和督办汇总；第二部分为各科室填报并已提交的推进情况统计表之和（含待审核）。", indent: true);
        return docx.ToArray();
    }
}
