using System.Globalization;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Reporting.Dashboard;
using Dudao.Modules.Reporting.Rollups;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Reporting.KeyFigures;

/// <summary>
/// The caller's own unit, counted from its own few rows: an inspector's assigned schools and institutions
/// visited this month and the problems it verifies; a department's problems; a school's or institution's
/// visit this month and its problems. Never a complaint for a school or institution (reporter protection).
/// </summary>
internal sealed class UnitKeyFigures(AppDbContext db, ICurrentUser me, TimeProvider clock) : IKeyFigureSource
{
    public async Task<IReadOnlyList<KeyFigure>> FiguresAsync(CancellationToken ct)
    {
        var month = ReportMonths.Parse(null, clock);
        var problems = db.Set<Problem>().AsNoTracking();
        if (me.IsInspector())
        {
            var marks = db.Set<CoverageMark>().Where(c => c.Month == month);
            var institutions = db.Set<Institution>().Where(i => i.Status == Institution.Normal);
            var assigned = await db.Set<Assignment>().Where(a => a.InspectorId == me.OrgRefId
                    && (a.TargetKind == Assignment.SchoolTarget || (a.TargetKind == Assignment.InstitutionTarget && institutions.Any(i => i.Id == a.TargetId))))
                .Select(a => marks.Any(c => c.TargetId == a.TargetId)).ToListAsync(ct);
            var visited = assigned.Count(v => v);
            return
            [
                new("coverage", "挂牌对象本月覆盖率", FigureText.Percent(Rollups.Figures.Rate(visited, assigned.Count)), Rollups.Figures.Rate(visited, assigned.Count),
                    $"已督导 {visited}/{assigned.Count}", "/staff/coverage"),
                .. await ProblemFiguresAsync(problems.Where(p => p.InspectorId == me.OrgRefId), "我核验的问题整改率", ct),
            ];
        }
        if (me.IsDepartment())
            return await ProblemFiguresAsync(problems.Where(p => p.ResponsibleKind == me.OrgKind && p.ResponsibleId == me.OrgRefId), "本科室问题整改率", ct);
        if (me.Scope.TargetId is { } target && me.OrgKind is OrgKinds.School or OrgKinds.Institution)
        {
            var visitedOn = await db.Set<CoverageMark>().Where(c => c.Month == month && c.TargetId == target)
                .Select(c => (DateOnly?)c.VisitedOn).FirstOrDefaultAsync(ct);
            return
            [
                new("visited", "本月督导", visitedOn is { } on ? "已督导" : "未督导", null,
                    visitedOn?.ToString("M月d日", CultureInfo.InvariantCulture), "/staff/visits"),
                .. await ProblemFiguresAsync(problems.Where(p => p.TargetId == target), "本单位问题整改率", ct),
            ];
        }
        return [];
    }

    private async Task<KeyFigure[]> ProblemFiguresAsync(IQueryable<Problem> problems, string label, CancellationToken ct)
    {
        var today = clock.Today();
        var counts = await problems.GroupBy(_ => 1).Select(g => new
        {
            Total = g.Count(), Closed = g.Count(p => p.Status == ProblemStatuses.Closed), Overdue = g.Count(p => p.Status != ProblemStatuses.Closed && p.Deadline < today),
        }).FirstOrDefaultAsync(ct);
        var (total, closed, overdue) = (counts?.Total ?? 0, counts?.Closed ?? 0, counts?.Overdue ?? 0);
        var rate = Rollups.Figures.Rate(closed, total);
        return
        [
            new("rectification-rate", label, FigureText.Percent(rate), rate, $"已销号 {closed}/{total}", "/staff/problems"),
            new("problems-overdue", "逾期未销号问题", overdue.ToString(CultureInfo.InvariantCulture), null, null, "/staff/problems?overdue=true"),
        ];
    }
}
