using Dudao.Core.Scope;
using Dudao.Modules.Reporting.Dashboard;
using Dudao.Modules.Reporting.Rollups;

namespace Dudao.Modules.Reporting.KeyFigures;

/// <summary>An office's (or a department's) region this month, from the rollups: coverage, rectification, complaints on time, overdue problems.</summary>
internal sealed class RegionKeyFigures(IRegionFigures figures, ICurrentUser me, TimeProvider clock) : IKeyFigureSource
{
    public async Task<IReadOnlyList<KeyFigure>> FiguresAsync(CancellationToken ct)
    {
        if (me.Scope.TargetId is not null || !me.Has(ReportingPermissions.View)) return [];
        var month = ReportMonths.Parse(null, clock);
        var f = (await figures.OfAsync(me.RegionCode, month, month, ct)).Figures;
        return
        [
            new("coverage", "本月督导覆盖率", FigureText.Percent(f.CoverageRate), f.CoverageRate,
                $"学校 {f.SchoolsVisited}/{f.Schools}，机构 {f.InstitutionsVisited}/{f.Institutions}", "/staff/coverage"),
            new("rectification-rate", "问题整改率", FigureText.Percent(f.RectificationRate), f.RectificationRate,
                $"累计销号 {f.ProblemsClosedToDate}/{f.ProblemsOpenedToDate}", "/staff/problems"),
            new("complaints-on-time", "举报按期办结率", FigureText.Percent(f.ComplaintsOnTimeRate), f.ComplaintsOnTimeRate,
                $"本月办结 {f.ComplaintsClosed}，按期 {f.ComplaintsClosedOnTime}", "/staff/reports"),
            new("problems-overdue", "逾期未销号问题", Count(f.ProblemsOverdue), null, null, "/staff/problems?overdue=true"),
        ];
    }

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
