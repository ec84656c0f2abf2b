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
    private Unit? _unit;

    private sealed record Unit(string Kind, string? RefId, string RegionCode);

    public async Task<bool> MayHandleAsync(string regionCode, string department, CancellationToken ct)
    {
        if (!db.User.Has(ComplaintsPermissions.Handle) || db.User.Scope.TargetId is not null) return false;
        var unit = await UnitAsync(ct);
        return unit?.Kind switch
        {
            null => db.User.UserId is null, // the system
            OrgKinds.Office => true,
            OrgKinds.Department => unit.RegionCode == regionCode
                                   && await db.Set<Department>().IgnoreQueryFilters().AnyAsync(d => d.Id == unit.RefId && d.Name == department, ct),
            _ => false,
        };
    }

    /// <summary>Only the office re-routes a complaint, whichever department holds it now.</summary>
    public async Task<bool> MayTransferAsync(CancellationToken ct) =>
        db.User.Has(ComplaintsPermissions.Handle) && db.User.Scope.TargetId is null
        && (await UnitAsync(ct) is { Kind: OrgKinds.Office } || db.User.UserId is null);

    private async Task<Unit?> UnitAsync(CancellationToken ct) => _unit ??= db.User.UserId is not { } id ? null
        : await db.Set<User>().IgnoreQueryFilters().AsNoTracking().Where(u => u.Id == id)
            .Select(u => new Unit(u.OrgKind, u.OrgRefId, u.RegionCode)).FirstOrDefaultAsync(ct);
}
