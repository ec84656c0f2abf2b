using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.Registry;

/// <summary>
/// A target as a form or a client names it. <c>Id</c> is the school, institution or department id or
/// the region code; a region may instead be named by <c>Name</c> within the county <c>RegionCode</c>
/// (empty name: the county's own government), a department by its name within <c>RegionCode</c>.
/// A person is <c>Name</c> plus <c>Unit</c> in the county <c>RegionCode</c>.
/// </summary>
public sealed record TargetReference(string? Kind, string? Id, string? Name = null, string? Unit = null, string? RegionCode = null);

/// <param name="Id">"" for a person or a unit outside the registries.</param>
/// <param name="RegionCode">The county (for a city or province government, that region's own code).</param>
/// <param name="Code">The registry code of a school (学校标识码) or institution (统一社会信用代码); null for other kinds.</param>
public sealed record SupervisionTarget(string Kind, string Id, string Name, string? Unit, string RegionCode, string? Code = null)
{
    public string DisplayName => TargetKinds.Display(Name, Unit);
}

/// <summary>
/// The one lookup of a target by kind and id inside the caller's scope, for every module that names
/// one (inspections, rectification, escalation, complaints): errors name the field (<c>targetKind</c>,
/// <c>targetId</c>, <c>targetName</c>, <c>targetUnit</c>, <c>regionCode</c>).
/// </summary>
public sealed class SupervisionTargets(AppDbContext db, RegionDirectory regions)
{
    public const int PersonNameLength = 50;
    public const int UnitLength = 100;

    public async Task<SupervisionTarget> ResolveAsync(TargetReference target, CancellationToken ct)
    {
        var id = target.Id?.Trim();
        switch (target.Kind)
        {
            case TargetKinds.School or TargetKinds.Institution:
                return await FindAsync(target.Kind, id, ct) ?? throw NotInScope();
            case TargetKinds.Department:
                return await DepartmentAsync(id, target, ct);
            case TargetKinds.Region:
                return await RegionAsync(id, target, ct);
            case TargetKinds.Person or TargetKinds.Other:
                return await NamedAsync(target, ct);
            default:
                throw ValidationFailedException.For("targetKind", Check.NotOneOfCodes("对象类型", TargetKinds.All));
        }
    }

    /// <summary>
    /// A school or institution by id, if the caller may see it (the data-scope filter applies); null when it is
    /// missing, someone else's, or <paramref name="kind"/> is not a registry kind — the caller words the refusal.
    /// </summary>
    public async Task<SupervisionTarget?> FindAsync(string? kind, string? id, CancellationToken ct) => kind switch
    {
        TargetKinds.School => await db.Set<School>().Where(s => s.Id == id)
            .Select(s => new SupervisionTarget(TargetKinds.School, s.Id, s.Name, null, s.RegionCode, s.Code)).FirstOrDefaultAsync(ct),
        TargetKinds.Institution => await db.Set<Institution>().Where(i => i.Id == id)
            .Select(i => new SupervisionTarget(TargetKinds.Institution, i.Id, i.Name, null, i.RegionCode, i.Uscc)).FirstOrDefaultAsync(ct),
        _ => null,
    };

    /// <summary>
    /// The id of the school (by 学校标识码) or institution (by 统一社会信用代码) a form names, in the caller's scope;
    /// otherwise the code as typed, so the check that follows reports it on the id field.
    /// </summary>
    public async Task<string?> IdOfCodeAsync(string? kind, string? code, CancellationToken ct)
    {
        code = code?.Trim();
        var uscc = code?.ToUpperInvariant();
        return kind switch
        {
            _ when string.IsNullOrEmpty(code) => code,
            TargetKinds.School => await db.Set<School>().Where(s => s.Code == code).Select(s => s.Id).FirstOrDefaultAsync(ct) ?? code,
            TargetKinds.Institution => await db.Set<Institution>().Where(i => i.Uscc == uscc).Select(i => i.Id).FirstOrDefaultAsync(ct) ?? code,
            _ => code,
        };
    }

    /// <summary>
    /// What a staff form named: a school or institution code becomes its id when it is in the caller's scope
    /// (otherwise stays as typed, so the check reports it), a department comes from the list.
    /// </summary>
    public async Task<TargetReference> ReferenceAsync(TargetFormFields form, CancellationToken ct)
    {
        var id = form.TargetKind switch
        {
            TargetKinds.School or TargetKinds.Institution => await IdOfCodeAsync(form.TargetKind, form.TargetCode, ct) is { Length: > 0 } found ? found : null,
            TargetKinds.Department => form.TargetDepartmentId,
            _ => null,
        };
        return new TargetReference(form.TargetKind, id, form.TargetName, form.TargetUnit, form.RegionCode);
    }

    /// <summary>The county departments in the caller's scope, named with their county, for pickers.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> DepartmentsAsync(CancellationToken ct)
    {
        var rows = await db.Set<Department>().AsNoTracking().Where(d => d.RegionCode.Length == 6 && !d.RegionCode.EndsWith("00"))
            .OrderBy(d => d.RegionCode).ThenBy(d => d.Name).ToListAsync(ct);
        var named = new List<(string, string)>(rows.Count);
        foreach (var d in rows) named.Add((d.Id, $"{await regions.NameAsync(d.RegionCode, ct)} {d.Name}"));
        return named;
    }

    /// <summary>Whether any active account belongs to the target's own unit (only schools, institutions and departments have them).</summary>
    public Task<bool> HasAccountsAsync(string kind, string id, CancellationToken ct) =>
        TargetKinds.MayHaveAccounts(kind) && id.Length > 0
            // Accounts are looked up past the scope filter: a city office's caller sees them anyway, a school's would not.
            ? db.Set<User>().IgnoreQueryFilters().AnyAsync(u => u.OrgKind == kind && u.OrgRefId == id && u.IsActive, ct)
            : Task.FromResult(false);

    private async Task<SupervisionTarget> DepartmentAsync(string? id, TargetReference target, CancellationToken ct)
    {
        var query = db.Set<Department>().AsNoTracking();
        var department = !string.IsNullOrEmpty(id)
            ? await query.FirstOrDefaultAsync(d => d.Id == id, ct)
            : string.IsNullOrWhiteSpace(target.Name) ? throw ValidationFailedException.For("targetId", "请选择科室（部门）")
            : await query.FirstOrDefaultAsync(d => d.RegionCode == target.RegionCode && d.Name == target.Name.Trim(), ct);
        if (department is null) throw NotInScope();
        return new(TargetKinds.Department, department.Id, $"{await regions.NameAsync(department.RegionCode, ct)}{department.Name}", null, department.RegionCode);
    }

    private async Task<SupervisionTarget> RegionAsync(string? code, TargetReference target, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(code))
        {
            // Named on a form: a township of the chosen county, or the county itself when no name is given.
            if (await regions.CheckInScopeAsync(target.RegionCode, db.User.Scope, county: true, ct) is { } countyError)
                throw ValidationFailedException.For("regionCode", countyError);
            var name = target.Name?.Trim();
            code = string.IsNullOrEmpty(name) ? target.RegionCode
                : await db.Set<Region>().Where(r => r.ParentCode == target.RegionCode && r.Name == name).Select(r => r.Code).FirstOrDefaultAsync(ct)
                  ?? throw ValidationFailedException.For("targetName", $"{await regions.NameAsync(target.RegionCode!, ct)}没有名为“{name}”的乡镇（街道）");
        }
        var region = await db.Set<Region>().AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct);
        if (region is null || region.Level == RegionCodes.Province || !db.User.Scope.Covers(code!))
            throw ValidationFailedException.For("targetId", $"行政区划“{code}”应为您管理范围内的乡镇（街道）、区县或地市");
        var county = region.Level == RegionCodes.Township ? code![..6] : code!;
        return new(TargetKinds.Region, code!, TargetKinds.GovernmentOf(region.Name), null, county);
    }

    private async Task<SupervisionTarget> NamedAsync(TargetReference target, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var person = target.Kind == TargetKinds.Person;
        var max = person ? PersonNameLength : UnitLength;
        if (string.IsNullOrWhiteSpace(target.Name)) errors.Add("targetName", person ? "请填写个人姓名" : "请填写对象名称");
        else errors.AddIf("targetName", Check.Length(target.Name, max, person ? "姓名" : "对象名称", "个字"));
        if (person && string.IsNullOrWhiteSpace(target.Unit)) errors.Add("targetUnit", "请填写个人所在单位（如学校名称及职务）");
        else errors.AddIf("targetUnit", Check.Length(target.Unit, UnitLength, "所在单位", "个字"));
        if (await regions.CheckInScopeAsync(target.RegionCode, db.User.Scope, county: true, ct) is { } regionError) errors.Add("regionCode", regionError);
        errors.ThrowIfAny();
        var unit = person ? target.Unit!.Trim() : null;
        return new(target.Kind!, "", target.Name!.Trim(), unit, target.RegionCode!);
    }

    private static ValidationFailedException NotInScope() => ValidationFailedException.For("targetId", "对象不存在或不在您的数据范围内");
}
