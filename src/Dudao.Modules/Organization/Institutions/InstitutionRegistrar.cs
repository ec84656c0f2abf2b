using Dudao.Core.Errors;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.Institutions;

/// <summary>
/// Who keeps the institution registry: the office, and a department whose remit is institutions (the
/// 校外培训监管科 by default, as 003 makes it responsible for off-campus training). Both hold
/// <see cref="OrganizationPermissions.ManageInstitutions"/>; this adds the department's remit, which
/// the office configures per county, so a 基教科 holding the same role is refused.
/// </summary>
public static class InstitutionRegistrar
{
    public static async Task CheckAsync(AppDbContext db, CancellationToken ct)
    {
        if (await MayManageAsync(db, ct)) return;
        throw DomainException.Forbidden("只有督导室和负责校外培训机构的科室（校外培训监管科）可以维护机构名录");
    }

    public static async Task<bool> MayManageAsync(AppDbContext db, CancellationToken ct)
    {
        var me = db.User;
        if (!me.Has(OrganizationPermissions.ManageInstitutions)) return false;
        if (!me.IsDepartment()) return true;
        var department = await db.Set<Department>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == me.OrgRefId, ct);
        return department?.Inspects(Assignment.InstitutionTarget) == true;
    }
}
