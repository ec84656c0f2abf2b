using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Training;

/// <summary>
/// Who supervises institutions: an office, or a department whose remit includes institutions (the
/// 校外培训监管科 by default); 基教科 and the other departments do not, even with the permission.
/// </summary>
internal static class Supervisors
{
    public static async Task EnsureAsync(AppDbContext db, ICurrentUser me, CancellationToken ct)
    {
        if (!me.Has(TrainingPermissions.Supervise) || me.OrgKind is not (OrgKinds.Office or OrgKinds.Department))
            throw DomainException.Forbidden("只有督导室或校外培训监管科可以办理");
        if (!me.IsDepartment()) return;
        var department = await db.Set<Department>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == me.OrgRefId, ct);
        if (department?.Inspects(Assignment.InstitutionTarget) != true)
            throw DomainException.Forbidden($"{department?.Name ?? "本科室"}不负责校外培训机构监管；如需调整，请督导室在“责任区与科室”中设置科室职责");
    }

    /// <summary>The departments told of an institution's filings: the county's with the institution remit.</summary>
    public static async Task<List<Department>> OfCountyAsync(AppDbContext db, string regionCode, CancellationToken ct)
    {
        var departments = await db.Set<Department>().IgnoreQueryFilters().AsNoTracking().Where(d => d.RegionCode == regionCode).ToListAsync(ct);
        return departments.Where(d => d.Inspects(Assignment.InstitutionTarget)).ToList();
    }
}
