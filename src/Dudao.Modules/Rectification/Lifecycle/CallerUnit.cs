using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Rectification.Lifecycle;

/// <summary>The caller's unit, as far as a problem cares: is it the responsible unit, the problem's inspector, a verifying office?</summary>
public sealed class CallerUnit(AppDbContext db, ICurrentUser me)
{
    private Caller? _caller;

    public async Task<Caller> GetAsync(CancellationToken ct)
    {
        if (_caller is not null) return _caller;
        var user = me.UserId is null ? null
            : await db.Set<User>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(u => u.Id == me.UserId, ct);
        return _caller = new Caller(user?.OrgKind, user?.OrgRefId, me.Has(RectificationPermissions.Verify), me.Has(RectificationPermissions.Manage));
    }
}

/// <param name="Kind">The account's org kind (null for the system).</param>
public sealed record Caller(string? Kind, string? RefId, bool MayVerifyAny, bool MayManage)
{
    /// <summary>An account of the unit that must fix the problem.</summary>
    public bool IsResponsibleFor(Problem p) => RefId is not null && Kind == p.ResponsibleKind && RefId == p.ResponsibleId;

    /// <summary>Units without accounts of their own (a target outside the registries) are answered for by the office that manages the ledger.</summary>
    public bool MayRespond(Problem p) => IsResponsibleFor(p) || (p.ResponsibleId is null && MayManage);

    public bool MayVerify(Problem p) => !IsResponsibleFor(p) && (MayVerifyAny || (Kind == OrgKinds.Inspector && RefId == p.InspectorId));

    public IReadOnlyList<string> ActionsOn(Problem p)
    {
        var actions = new List<string>();
        if (MayRespond(p) && p.Status is ProblemStatuses.Open or ProblemStatuses.Rectifying) actions.Add("plan");
        if (MayRespond(p) && p.Status == ProblemStatuses.Rectifying) actions.Add("evidence");
        if (MayVerify(p) && p.Status == ProblemStatuses.AwaitingVerification) actions.Add("verify");
        if (MayVerify(p) && p.Status == ProblemStatuses.Closed && p.FollowUpOn is not null) actions.Add("follow-up");
        return actions;
    }
}
