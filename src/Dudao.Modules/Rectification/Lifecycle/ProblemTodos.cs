using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Platform.Todos;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Rectification.Lifecycle;

/// <summary>
/// Problems waiting on the caller: its own unit's problems to plan and rectify (a school, an institution,
/// a department; an office for targets without accounts); an inspector's fixes to verify and 回头看 due;
/// a county office's fixes to verify and overdue problems to chase.
/// </summary>
internal sealed class ProblemTodos(AppDbContext db, ICurrentUser me, TimeProvider clock) : ITodoSource
{
    private const int Max = 200;

    public async Task<IReadOnlyList<TodoItem>> OpenAsync(CancellationToken ct)
    {
        if (me.UserId is null || !me.Has(RectificationPermissions.View)) return [];
        var problems = db.Set<Problem>().AsNoTracking();
        var today = clock.Today();
        var items = new List<TodoItem>();
        var office = me.OrgKind == OrgKinds.Office;
        // An office that manages the ledger answers for targets without accounts of their own (ProblemCallers.MayRespond).
        var ours = office
            ? problems.Where(p => p.RegionCode == me.RegionCode && p.ResponsibleId == null)
            : problems.Where(p => p.ResponsibleKind == me.OrgKind && p.ResponsibleId == me.OrgRefId && p.ResponsibleId != null);
        if (!office || me.Has(RectificationPermissions.Manage))
        {
            items.AddRange(await Todos(ours.Where(p => p.Status == ProblemStatuses.Open), "problem-plan", "制定整改方案：", ct));
            items.AddRange(await Todos(ours.Where(p => p.Status == ProblemStatuses.Rectifying), "problem-rectify", "整改并提交佐证：", ct));
        }
        if (me.IsInspector())
        {
            var assigned = problems.Where(p => p.InspectorId == me.OrgRefId);
            items.AddRange(await Todos(assigned.Where(p => p.Status == ProblemStatuses.AwaitingVerification), "problem-verify", "核验整改：", ct));
            items.AddRange(await Todos(assigned.Where(p => p.Status == ProblemStatuses.Closed && p.FollowUpOn <= today), "problem-follow-up", "回头看：", ct));
        }
        if (office && me.Has(RectificationPermissions.Verify))
        {
            var county = problems.Where(p => p.RegionCode == me.RegionCode);
            items.AddRange(await Todos(county.Where(p => p.Status == ProblemStatuses.AwaitingVerification), "problem-verify", "核验整改：", ct));
            items.AddRange(await Todos(county.Where(p => p.Status != ProblemStatuses.Closed && p.Deadline < today), "problem-overdue", "督促逾期问题：", ct));
        }
        return items;
    }

    public Task<int> DoneSinceAsync(DateTime sinceUtc, CancellationToken ct)
    {
        if (me.UserId is null || !me.Has(RectificationPermissions.View)) return Task.FromResult(0);
        string[] acts = [ProblemActions.Plan, ProblemActions.Evidence, ProblemActions.VerifyPassed, ProblemActions.VerifyFailed,
            ProblemActions.FollowUpPassed, ProblemActions.FollowUpFailed];
        var user = me.UserName;
        return db.Set<ProblemStep>().CountAsync(s => s.UserName == user && s.At >= sinceUtc && acts.Contains(s.Action), ct);
    }

    /// <summary>A follow-up check is due on its own date; every other step by the rectification deadline.</summary>
    private static async Task<List<TodoItem>> Todos(IQueryable<Problem> query, string kind, string verb, CancellationToken ct)
    {
        var followUp = kind == "problem-follow-up";
        var rows = await (followUp ? query.OrderBy(p => p.FollowUpOn) : query.OrderBy(p => p.Deadline)).Take(Max)
            .Select(p => new { p.Id, p.TargetName, p.Description, p.Deadline, p.FollowUpOn }).ToListAsync(ct);
        return rows.Select(p => new TodoItem(kind, $"{verb}{p.TargetName}　{Short(p.Description)}", ProblemRecipients.Link(p.Id), followUp ? p.FollowUpOn : p.Deadline))
            .ToList();
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
