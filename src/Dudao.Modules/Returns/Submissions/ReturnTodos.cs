using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Platform.Todos;
using Dudao.Modules.Returns.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Returns.Submissions;

/// <summary>
/// Returns the caller's unit must fill (for the periods open now, opened or not yet) by their due day, and
/// for a reviewing office the returns submitted to it.
/// </summary>
internal sealed class ReturnTodos(AppDbContext db, ICurrentUser me, ReturnUnit units, TimeProvider clock) : ITodoSource
{
    public async Task<IReadOnlyList<TodoItem>> OpenAsync(CancellationToken ct)
    {
        var todos = new List<TodoItem>();
        if (await units.MineAsync(ct) is { } unit)
        {
            var today = clock.Today();
            var forms = (await db.Set<ReturnForm>().AsNoTracking().Where(f => f.Active).ToListAsync(ct))
                .Where(f => f.FillerList.Contains(unit.Kind) && f.Covers(unit.RegionCode) && (unit.Kind != FillerKinds.Office || (f.RegionCode.Length > 0 && f.RegionCode != unit.Id)));
            var mine = await db.Set<PeriodicReturn>().AsNoTracking().Where(r => r.TargetKind == unit.Kind && r.TargetId == unit.Id)
                .ToDictionaryAsync(r => r.FormId + "|" + r.Period, StringComparer.Ordinal, ct);
            foreach (var form in forms)
            {
                foreach (var period in form.OpenPeriods(today))
                {
                    var r = mine.GetValueOrDefault(form.Id + "|" + period.Code);
                    if (r is { IsIn: true }) continue;
                    var title = (r?.Status == ReturnStatuses.SentBack ? "重新填报：" : "填报：") + $"{form.Name}（{period.Label}）";
                    todos.Add(new TodoItem("return-fill", title, r is null ? "/staff/returns" : $"/staff/returns/{r.Id}", form.DueOn(period)));
                }
            }
        }
        if (me.Has(ReturnsPermissions.Review) && me.OrgKind == OrgKinds.Office)
        {
            var region = me.RegionCode;
            todos.AddRange(await db.Set<PeriodicReturn>().AsNoTracking()
                .Where(r => r.ReviewerRegion == region && r.Status == ReturnStatuses.Submitted)
                .OrderBy(r => r.DueOn).Take(200)
                .Select(r => new TodoItem("return-review", "审核报表：" + r.TargetName + "（" + r.Period + "）", "/staff/returns/" + r.Id, null))
                .ToListAsync(ct));
        }
        return todos;
    }

    public async Task<int> DoneSinceAsync(DateTime sinceUtc, CancellationToken ct)
    {
        var user = me.UserName;
        return await db.Set<PeriodicReturn>().CountAsync(r => (r.SubmittedBy == user && r.SubmittedAt >= sinceUtc) || (r.ReviewedBy == user && r.ReviewedAt >= sinceUtc), ct);
    }
}
