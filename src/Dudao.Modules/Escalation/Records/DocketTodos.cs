using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Todos;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Escalation.Records;

/// <summary>
/// 督办单 waiting on the caller: a school, institution or department replies to those issued to it; a
/// county office records the replies of targets without accounts (a township government, a person) and
/// chases the replies overdue in its county.
/// </summary>
internal sealed class DocketTodos(AppDbContext db, ICurrentUser me, TimeProvider clock)
    : RecordTodos<EscalationRecord>(me, EscalationPermissions.View)
{
    protected override async Task<IReadOnlyList<TodoItem>> ListAsync(CancellationToken ct)
    {
        var open = db.Set<EscalationRecord>().AsNoTracking().Where(e => e.Level == EscalationLevels.Listed && e.RepliedAt == null);
        var items = new List<TodoItem>();
        if (TargetKinds.MayHaveAccounts(Me.OrgKind) && Me.OrgRefId is not null)
            items.AddRange(await Todos(open.Where(e => e.TargetKind == Me.OrgKind && e.TargetId == Me.OrgRefId), "docket-reply", "回复督办单：", ct));
        if (Me.OrgKind == OrgKinds.Office && Me.Has(EscalationPermissions.Manage))
        {
            var county = open.Where(e => e.RegionCode == Me.RegionCode);
            items.AddRange(await Todos(county.Where(e => e.TargetKind != TargetKinds.School && e.TargetKind != TargetKinds.Institution && e.TargetKind != TargetKinds.Department),
                "docket-record-reply", "登记督办单回复：", ct));
            var today = clock.Today();
            items.AddRange(await Todos(county.Where(e => e.Deadline < today && (e.TargetKind == TargetKinds.School || e.TargetKind == TargetKinds.Institution || e.TargetKind == TargetKinds.Department)),
                "docket-overdue", "督促督办单回复：", ct));
        }
        return items;
    }

    protected override Task<int> CountDoneAsync(string userName, DateTime sinceUtc, CancellationToken ct) =>
        db.Set<EscalationRecord>().CountAsync(e => e.RepliedBy == userName && e.RepliedAt >= sinceUtc, ct);

    private static Task<List<TodoItem>> Todos(IQueryable<EscalationRecord> query, string kind, string verb, CancellationToken ct) =>
        ItemsAsync(query, e => e.Deadline, e => new { e.Id, e.TargetName, e.TargetUnit, e.Deadline },
            e => new TodoItem(kind, verb + TargetKinds.Display(e.TargetName, e.TargetUnit), $"/staff/escalations/{e.Id}", e.Deadline), ct);
}
