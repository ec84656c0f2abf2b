using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Inspections.Visits;

/// <summary>The signed-in account's unit, for the rules that depend on who is acting (an inspector, a school …).</summary>
public sealed record Caller(string OrgKind, string? OrgRefId, string DisplayName)
{
    public bool IsInspector => OrgKind == OrgKinds.Inspector && OrgRefId is not null;

    public bool IsDepartment => OrgKind == OrgKinds.Department && OrgRefId is not null;

    /// <summary>True for the account of this very school or institution.</summary>
    public bool IsTarget(string targetKind, string targetId) => OrgKind == targetKind && OrgRefId == targetId;

    public static async Task<Caller> OfAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.User.UserId is not { } id) return new(OrgKinds.Office, null, db.User.UserName);
        var user = await db.Set<User>().IgnoreQueryFilters().AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.OrgKind, u.OrgRefId, u.DisplayName }).FirstAsync(ct);
        return new(user.OrgKind, user.OrgRefId, user.DisplayName);
    }
}
