using Dudao.Core.Scope;

namespace Dudao.Modules.Accounts.Domain;

/// <summary>The caller's unit, for the rules that depend on who is acting (an inspector, a department, a school …).</summary>
public static class CallerUnits
{
    public static bool IsInspector(this ICurrentUser me) => me.OrgKind == OrgKinds.Inspector && me.OrgRefId is not null;

    public static bool IsDepartment(this ICurrentUser me) => me.OrgKind == OrgKinds.Department && me.OrgRefId is not null;

    /// <summary>True for an account of this very unit (a school, an institution, an inspector, a department).</summary>
    public static bool IsUnit(this ICurrentUser me, string? kind, string? id) => me.OrgRefId is not null && me.OrgKind == kind && me.OrgRefId == id;
}
