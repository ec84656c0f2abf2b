using System.Globalization;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Todos;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Inspections.Coverage;

/// <summary>
/// An inspector's 月月督 still to do: each assigned school and operating institution not visited this
/// month, due by the month's end — only in the months of the county's season, as the reminder job counts them.
/// Visits are recorded whole (there are no drafts), so none waits to be finished.
/// </summary>
internal sealed class VisitTodos(AppDbContext db, ICurrentUser me, CoverageSeason seasons, TimeProvider clock) : ITodoSource
{
    public async Task<IReadOnlyList<TodoItem>> OpenAsync(CancellationToken ct)
    {
        if (!me.IsInspector() || !me.Has(InspectionsPermissions.Record)) return [];
        var today = clock.Today();
        if (!(await seasons.OfAsync(me.RegionCode, ct)).Contains(today.Month)) return [];
        var month = today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var endOfMonth = new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month));
        var marks = db.Set<CoverageMark>();
        var unvisited = db.Set<Assignment>().AsNoTracking()
            .Where(a => a.InspectorId == me.OrgRefId && !marks.Any(c => c.Month == month && c.TargetId == a.TargetId));
        var schools = await (from a in unvisited
                             where a.TargetKind == Assignment.SchoolTarget
                             join s in db.Set<School>() on a.TargetId equals s.Id
                             select new { a.TargetKind, s.Id, s.Name }).ToListAsync(ct);
        var institutions = await (from a in unvisited
                                  where a.TargetKind == Assignment.InstitutionTarget
                                  join i in CoveredInstitutions.Of(db) on a.TargetId equals i.Id
                                  select new { a.TargetKind, i.Id, i.Name }).ToListAsync(ct);
        return schools.Concat(institutions)
            .Select(t => new TodoItem("visit-due", $"本月督导：{t.Name}", $"/staff/visits/new?targetKind={t.TargetKind}&targetId={t.Id}", endOfMonth))
            .ToList();
    }

    public async Task<int> DoneSinceAsync(DateTime sinceUtc, CancellationToken ct)
    {
        if (!me.IsInspector()) return 0;
        var user = me.UserName;
        return await db.Set<Visit>().CountAsync(v => v.CreatedBy == user && v.CreatedAt >= sinceUtc, ct);
    }
}
