using Dudao.Core.Scope;
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
internal sealed class ReturnTodos(AppDbContext db, ICurrentUser me, ReturnUnit units, OutstandingReturns outstanding) : ITodoSource
{
    public async Task<IReadOnlyList<TodoItem>> OpenAsync(CancellationToken ct)
    {
        var todos = new List<TodoItem>();
        if (await units.MineAsync(ct) is { } unit)
        {
            foreach (var o in (await outstanding.OfAsync(unit, ct)).Owed)
            {
                var title = (o.Return?.Status == ReturnStatuses.SentBack ? "重新填报：" : "填报：") + $"{o.Form.Name}（{o.Period.Label}）";
                todos.Add(new TodoItem("return-fill", title, o.Return is null ? "/staff/returns" : $"/staff/returns/{o.Return.Id}", o.DueOn));
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
