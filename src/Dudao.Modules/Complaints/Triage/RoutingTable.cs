using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Triage;

/// <param name="SetAt">The region whose setting applies, or null for the built-in default.</param>
public sealed record RouteDto(string Category, string Department, string? SetAt, string Default);

public sealed record RouteInput(string? RegionCode, string? Category, string? Department);

/// <summary>
/// Which department handles a category of complaint: the nearest setting on the way up county →
/// city → province, else the default, which follows the bureau's usual division of work.
/// </summary>
public sealed class RoutingTable(AppDbContext db)
{
    /// <summary>The supervision office itself, which is not a department record but may take complaints.</summary>
    public const string Office = "督导室";

    public static readonly IReadOnlyDictionary<string, string> Defaults = new Dictionary<string, string>
    {
        ["违规学科类培训"] = "校外培训监管科",
        ["隐形变异培训"] = "校外培训监管科",
        ["违规收费"] = "计财科",
        ["预收费退费"] = "校外培训监管科",
        ["有偿补课"] = "政工科",
        ["作业负担"] = "基教科",
        ["课后服务"] = "基教科",
        ["考试排名"] = "基教科",
        ["培训广告"] = "校外培训监管科",
        ["教辅征订"] = "基教科",
        ["其他"] = Office,
    };

    public async Task<string> DepartmentForAsync(string category, string regionCode, CancellationToken ct) =>
        (await EffectiveAsync(regionCode, ct)).Single(r => r.Category == category).Department;

    public async Task<IReadOnlyList<RouteDto>> EffectiveAsync(string regionCode, CancellationToken ct)
    {
        var chain = RegionCodes.Ancestry(regionCode);
        // A city's or province's table applies to the counties below it, so read past the scope filter.
        var settings = await db.Set<ComplaintRoute>().IgnoreQueryFilters().AsNoTracking().Where(r => chain.Contains(r.RegionCode)).ToListAsync(ct);
        return ComplaintCategories.All.Select(category =>
        {
            var nearest = settings.Where(s => s.Category == category).OrderByDescending(s => chain.IndexOf(s.RegionCode)).FirstOrDefault();
            return new RouteDto(category, nearest?.Department ?? Defaults[category], nearest?.RegionCode, Defaults[category]);
        }).ToList();
    }

    /// <summary>Who may be given a region's complaints: the office and the region's departments, by name.</summary>
    public async Task<IReadOnlyList<string>> HandlersAsync(string regionCode, CancellationToken ct)
    {
        var names = await db.Set<Department>().AsNoTracking().Where(d => d.RegionCode == regionCode).OrderBy(d => d.Name).Select(d => d.Name).ToListAsync(ct);
        if (!names.Contains(Office)) names.Insert(0, Office);
        return names;
    }

    /// <summary>The name complaints are routed to for the caller: 督导室 for an office, the department's name; null for anyone else.</summary>
    public async Task<string?> CallerHandlerAsync(CancellationToken ct) => db.User.OrgKind switch
    {
        OrgKinds.Office => Office,
        OrgKinds.Department => await db.Set<Department>().Where(d => d.Id == db.User.OrgRefId).Select(d => d.Name).FirstOrDefaultAsync(ct),
        _ => null,
    };

    /// <returns>Why <paramref name="department"/> cannot be given the region's complaints, or null when it can.</returns>
    public async Task<string?> CheckHandlerAsync(string regionCode, string department, CancellationToken ct) =>
        department.Length == 0 ? "请选择承办科室"
        : department == Office || await db.Set<Department>().AnyAsync(d => d.RegionCode == regionCode && d.Name == department, ct) ? null
        : $"本地区没有名为“{department}”的科室";

    /// <summary>Sets a region's department for a category: one of that region's departments, or the office.</summary>
    public async Task SetAsync(RouteInput input, CancellationToken ct)
    {
        if (!db.User.Has(ComplaintsPermissions.ManageRoutes)) throw DomainException.Forbidden("您没有维护分办规则的权限");
        var errors = new ValidationErrors();
        var regionCode = input.RegionCode?.Trim() ?? "";
        if (!RegionCodes.IsWellFormed(regionCode) || !db.User.Scope.Covers(regionCode))
            errors.Add("regionCode", Check.RegionOutOfScope(regionCode));
        errors.AddIf("category", Check.OneOf(input.Category, ComplaintCategories.All, "举报类别"));
        var department = input.Department?.Trim() ?? "";
        if (department.Length == 0 || !errors.Any) errors.AddIf("department", await CheckHandlerAsync(regionCode, department, ct));
        errors.ThrowIfAny();

        var route = await db.Set<ComplaintRoute>().FirstOrDefaultAsync(r => r.RegionCode == regionCode && r.Category == input.Category, ct);
        if (route is null) db.Add(new ComplaintRoute { RegionCode = regionCode, Category = input.Category!, Department = department });
        else route.Department = department;
        await db.SaveChangesAsync(ct);
    }
}
