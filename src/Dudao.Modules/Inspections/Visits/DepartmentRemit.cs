using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Inspections.Visits;

/// <summary>A department inspects only the target kinds of its remit (基教科 schools, 校外培训监管科 institutions; configurable per region).</summary>
internal static class DepartmentRemit
{
    public static async Task CheckAsync(AppDbContext db, ICurrentUser caller, string targetKind, CancellationToken ct)
    {
        if (!caller.IsDepartment()) return;
        var department = await db.Set<Department>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == caller.OrgRefId, ct);
        if (department?.Inspects(targetKind) == true) return;
        var what = targetKind == Assignment.SchoolTarget ? "学校" : "培训机构";
        throw DomainException.Forbidden($"{department?.Name ?? "本科室"}的督导职责不含{what}；如需调整，请督导室在“责任区与科室”中设置科室职责");
    }
}
