using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Triage;
using Dudao.Modules.Platform.Todos;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Queue;

/// <summary>
/// Complaints waiting on the caller: for a county office every report of its county still to accept and
/// those routed to the office to finish; for a department the reports routed to it, to accept or finish.
/// </summary>
internal sealed class ComplaintTodos(AppDbContext db, ICurrentUser me, RoutingTable routes) : ITodoSource
{
    private const int Max = 200;

    public async Task<IReadOnlyList<TodoItem>> OpenAsync(CancellationToken ct)
    {
        if (await HandlerAsync(ct) is not { } handler) return [];
        var mine = db.Complaints().AsNoTracking().Where(c => c.RegionCode == me.RegionCode);
        var toAccept = mine.Where(c => c.Status == ComplaintStatuses.Received);
        if (handler != RoutingTable.Office) toAccept = toAccept.Where(c => c.Department == handler);
        var accept = await toAccept.OrderBy(c => c.AcceptDeadline).Take(Max)
            .Select(c => new TodoItem("complaint-accept", "受理举报：" + (c.MatchedName ?? c.TargetName) + "（" + c.Category + "）", "/staff/complaints/" + c.Id, c.AcceptDeadline))
            .ToListAsync(ct);
        var handle = await mine.Where(c => c.Status == ComplaintStatuses.Accepted && c.Department == handler).OrderBy(c => c.HandleDeadline).Take(Max)
            .Select(c => new TodoItem("complaint-handle", "办结举报：" + (c.MatchedName ?? c.TargetName) + "（" + c.Category + "）", "/staff/complaints/" + c.Id, c.HandleDeadline))
            .ToListAsync(ct);
        return [.. accept, .. handle];
    }

    public async Task<int> DoneSinceAsync(DateTime sinceUtc, CancellationToken ct)
    {
        if (await HandlerAsync(ct) is null) return 0;
        var user = me.UserName;
        return await db.Complaints().CountAsync(c => c.AcceptedBy == user && c.AcceptedAt >= sinceUtc, ct)
               + await db.Complaints().CountAsync(c => c.ClosedBy == user && c.ClosedAt >= sinceUtc, ct);
    }

    private async Task<string?> HandlerAsync(CancellationToken ct) =>
        me.UserId is null || me.Scope.TargetId is not null || !me.Has(ComplaintsPermissions.Handle) ? null : await routes.CallerHandlerAsync(ct);
}
