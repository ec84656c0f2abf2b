using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Todos;
using Dudao.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Training.Filings;

/// <summary>
/// Filings waiting on the caller: the county's 校外培训监管科 reviews what its institutions submitted;
/// an institution amends what was sent back.
/// </summary>
internal sealed class FilingTodos(AppDbContext db, ICurrentUser me) : ITodoSource
{
    private const int Max = 200;

    public async Task<IReadOnlyList<TodoItem>> OpenAsync(CancellationToken ct)
    {
        if (me.UserId is null) return [];
        if (me.IsUnit(OrgKinds.Institution, me.OrgRefId) && me.Has(TrainingPermissions.File))
        {
            var returned = await db.Set<Filing>().AsNoTracking().Where(f => f.TargetId == me.OrgRefId && f.Status == FilingStatuses.Returned)
                .OrderBy(f => f.ReviewedAt).Take(Max).Select(f => new { f.Id, f.Kind, f.Title }).ToListAsync(ct);
            return returned.Select(f => new TodoItem("filing-amend", $"修改被退回的{FilingKinds.Label(f.Kind)}：{f.Title}", FilingLinks.Detail(f.Id), null)).ToList();
        }
        if (!await ReviewsAsync(ct)) return [];
        var pending = await (from f in db.Set<Filing>().AsNoTracking()
                             join i in db.Set<Institution>() on f.TargetId equals i.Id
                             where f.RegionCode == me.RegionCode && f.Status == FilingStatuses.Submitted
                             orderby f.SubmittedAt
                             select new { f.Id, f.Kind, f.Title, i.Name }).Take(Max).ToListAsync(ct);
        return pending.Select(f => new TodoItem("filing-review", $"审核{FilingKinds.Label(f.Kind)}：{f.Name}　{f.Title}", FilingLinks.Detail(f.Id), null)).ToList();
    }

    public async Task<int> DoneSinceAsync(DateTime sinceUtc, CancellationToken ct)
    {
        if (me.UserId is null) return 0;
        var user = me.UserName;
        return await db.Set<Filing>().CountAsync(f => f.ReviewedBy == user && f.ReviewedAt >= sinceUtc, ct);
    }

    /// <summary>The county's 校外培训监管科 reviews; an office only where its county has no such department.</summary>
    private async Task<bool> ReviewsAsync(CancellationToken ct)
    {
        if (!me.Has(TrainingPermissions.Supervise)) return false;
        var departments = await Supervisors.OfCountyAsync(db, me.RegionCode, ct);
        return me.IsDepartment() ? departments.Any(d => d.Id == me.OrgRefId) : me.OrgKind == OrgKinds.Office && departments.Count == 0;
    }
}
