using Dudao.Core.Scope;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Rectification.Domain;

namespace Dudao.Modules.Rectification.Lifecycle;

/// <summary>The caller as far as a problem cares: is it the responsible unit, the problem's inspector, a verifying office?</summary>
public static class ProblemCallers
{
    /// <summary>An account of the unit that must fix the problem.</summary>
    public static bool IsResponsibleFor(this ICurrentUser me, Problem p) => me.IsUnit(p.ResponsibleKind, p.ResponsibleId);

    /// <summary>Units without accounts of their own (a target outside the registries) are answered for by the office that manages the ledger.</summary>
    public static bool MayRespond(this ICurrentUser me, Problem p) =>
        me.IsResponsibleFor(p) || (p.ResponsibleId is null && me.Has(RectificationPermissions.Manage));

    public static bool MayVerify(this ICurrentUser me, Problem p) =>
        !me.IsResponsibleFor(p) && (me.Has(RectificationPermissions.Verify) || me.IsUnit(OrgKinds.Inspector, p.InspectorId));

    public static IReadOnlyList<string> ActionsOn(this ICurrentUser me, Problem p)
    {
        var actions = new List<string>();
        if (me.MayRespond(p) && p.Status is ProblemStatuses.Open or ProblemStatuses.Rectifying) actions.Add("plan");
        if (me.MayRespond(p) && p.Status == ProblemStatuses.Rectifying) actions.Add("evidence");
        if (me.MayVerify(p) && p.Status == ProblemStatuses.AwaitingVerification) actions.Add("verify");
        if (me.MayVerify(p) && p.Status == ProblemStatuses.Closed && p.FollowUpOn is not null) actions.Add("follow-up");
        return actions;
    }
}
