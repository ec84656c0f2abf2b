using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Handling;

/// <summary>
/// Handling follows routing: a department accepts, investigates, replies to and closes only the
/// complaints routed to it in its own county; the supervision office (督导室) handles any complaint in
/// its scope and alone gives one to another department (改派).
/// </summary>
public sealed class ComplaintHandlers(AppDbContext db)
{
    public async Task<bool> MayHandleAsync(string regionCode, string department, CancellationToken ct)
    {
        var me = db.User;
        if (!me.Has(ComplaintsPermissions.Handle) || me.Scope.TargetId is not null) return false;
        if (me.UserId is null) return true; // the system
        return me.OrgKind switch
        {
            OrgKinds.Office => true,
            OrgKinds.Department => me.RegionCode == regionCode
                                   && await db.Set<Department>().IgnoreQueryFilters().AnyAsync(d => d.Id == me.OrgRefId && d.Name == department, ct),
            _ => false,
        };
    }

    /// <summary>Only the office re-routes a complaint, whichever department holds it now.</summary>
    public bool MayTransfer() =>
        db.User.Has(ComplaintsPermissions.Handle) && db.User.Scope.TargetId is null && (db.User.UserId is null || db.User.OrgKind == OrgKinds.Office);
}
