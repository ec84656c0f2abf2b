using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Registry;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.SchoolAffairs;

/// <summary>
/// The school an entry is about: anyone whose scope holds it reads (else 404); only the school's own
/// account with <see cref="SchoolAffairsPermissions.Publish"/> writes (else 403), so no office types for a school.
/// </summary>
public sealed class SchoolAccess(AppDbContext db, ICurrentUser me, SupervisionTargets targets)
{
    public async Task<School> ReadableAsync(string schoolId, CancellationToken ct)
    {
        if (await targets.FindAsync(TargetKinds.School, schoolId, ct) is null) throw DomainException.NotFound("学校");
        return await db.Set<School>().AsNoTracking().FirstAsync(s => s.Id == schoolId, ct);
    }

    public async Task<School> OwnAsync(string schoolId, CancellationToken ct)
    {
        var school = await ReadableAsync(schoolId, ct);
        if (!me.IsUnit(OrgKinds.School, school.Id) || !me.Has(SchoolAffairsPermissions.Publish))
            throw DomainException.Forbidden("校务公示由学校本身的账号填写");
        return school;
    }

    /// <summary>The grades a school of <paramref name="type"/> teaches (小学 1–6, 初中 7–9, …).</summary>
    public static (int From, int To) Grades(string type) => type switch
    {
        "小学" => (1, 6),
        "初中" => (7, 9),
        "九年一贯制学校" => (1, 9),
        "完全中学" => (7, 12),
        _ => (1, 12),
    };

    public static string GradeName(int grade) => grade switch
    {
        >= 1 and <= 6 => $"{"一二三四五六"[grade - 1]}年级",
        >= 7 and <= 9 => $"初{"一二三"[grade - 7]}",
        >= 10 and <= 12 => $"高{"一二三"[grade - 10]}",
        _ => $"{grade}年级",
    };
}
