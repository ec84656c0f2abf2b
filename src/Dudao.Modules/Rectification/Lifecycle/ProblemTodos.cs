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
internal sealed class ProblemTodos(AppDbContext db, ICurrentUser me, TimeProvider clock)
    : RecordTodos<Problem>(me, RectificationPermissions.View)
{
    private static readonly string[] Steps = [ProblemActions.Plan, ProblemActions.Evidence, ProblemActions.VerifyPassed, ProblemActions.VerifyFailed,
        ProblemActions.FollowUpPassed, ProblemActions.FollowUpFailed];

    protected override async Task<IReadOnlyList<TodoItem>> ListAsync(CancellationToken ct)
    {
        var problems = db.Set<Problem>().AsNoTracking();
        var today = clock.Today();
        var items = new List<TodoItem>();
        var office = Me.OrgKind == OrgKinds.Office;
        // An office that manages the ledger answers for targets without accounts of their own (ProblemCallers.MayRespond).
        var ours = office
            ? problems.Where(p => p.RegionCode == Me.RegionCode && p.ResponsibleId == null)
            : problems.Where(p => p.ResponsibleKind == Me.OrgKind && p.ResponsibleId == Me.OrgRefId && p.ResponsibleId != null);
        if (!office || Me.Has(RectificationPermissions.Manage))
        {
            items.AddRange(await ByDeadline(ours.Where(p => p.Status == ProblemStatuses.Open), "problem-plan", "制定整改方案：", ct));
            items.AddRange(await ByDeadline(ours.Where(p => p.Status == ProblemStatuses.Rectifying), "problem-rectify", "整改并提交佐证：", ct));
        }
        if (Me.IsInspector())
        {
            var assigned = problems.Where(p => p.InspectorId == Me.OrgRefId);
            items.AddRange(await ByDeadline(assigned.Where(p => p.Status == ProblemStatuses.AwaitingVerification), "problem-verify", "核验整改：", ct));
            // A follow-up check is due on its own date; every other step by the rectification deadline.
            items.AddRange(await ItemsAsync(assigned.Where(p => p.Status == ProblemStatuses.Closed && p.FollowUpOn <= today), p => p.FollowUpOn,
                p => new { p.Id, p.TargetName, p.Description, p.FollowUpOn }, p => Item("problem-follow-up", "回头看：", p.Id, p.TargetName, p.Description, p.FollowUpOn), ct));
        }
        if (office && Me.Has(RectificationPermissions.Verify))
        {
            var county = problems.Where(p => p.RegionCode == Me.RegionCode);
            items.AddRange(await ByDeadline(county.Where(p => p.Status == ProblemStatuses.AwaitingVerification), "problem-verify", "核验整改：", ct));
            items.AddRange(await ByDeadline(county.Where(p => p.Status != ProblemStatuses.Closed && p.Deadline < today), "problem-overdue", "督促逾期问题：", ct));
        }
        return items;
    }

    protected override Task<int> CountDoneAsync(string userName, DateTime sinceUtc, CancellationToken ct) =>
        db.Set<ProblemStep>().CountAsync(s => s.UserName == userName && s.At >= sinceUtc && Steps.Contains(s.Action), ct);

    private static Task<List<TodoItem>> ByDeadline(IQueryable<Problem> query, string kind, string verb, CancellationToken ct) =>
        ItemsAsync(query, p => p.Deadline, p => new { p.Id, p.TargetName, p.Description, p.Deadline },
            p => Item(kind, verb, p.Id, p.TargetName, p.Description, p.Deadline), ct);

    private static TodoItem Item(string kind, string verb, string id, string target, string description, DateOnly? due) =>
        new(kind, $"{verb}{target}　{Short(description)}", ProblemRecipients.Link(id), due);

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
