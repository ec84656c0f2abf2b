using Dudao.Core.Errors;
using Dudao.Core.Paging;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.Units;

/// <summary>督导责任区 and 科室: the same shape (a name unique within a region), so one set of handlers serves both.</summary>
public sealed class UnitService(AppDbContext db, RegionDirectory regions)
{
    public Task<PagedList<UnitDto>> ListZonesAsync(string? regionCode, PageRequest page, CancellationToken ct) =>
        ListAsync<Zone>(regionCode, page, ct);

    public Task<PagedList<UnitDto>> ListDepartmentsAsync(string? regionCode, PageRequest page, CancellationToken ct) =>
        ListAsync<Department>(regionCode, page, ct);

    /// <summary>A zone groups one county's schools, so it needs a county.</summary>
    public Task<UnitDto> CreateZoneAsync(UnitInput input, CancellationToken ct) =>
        CreateAsync(input, "督导责任区", county: true, (region, name) => new Zone { RegionCode = region, Name = name }, ct);

    /// <summary>Every bureau has departments: province, city and county alike.</summary>
    public Task<UnitDto> CreateDepartmentAsync(UnitInput input, CancellationToken ct) =>
        CreateAsync(input, "科室", county: false, (region, name) => new Department { RegionCode = region, Name = name }, ct);

    private async Task<PagedList<UnitDto>> ListAsync<T>(string? regionCode, PageRequest page, CancellationToken ct) where T : class, IRegionUnit
    {
        var query = db.Set<T>().AsNoTracking().InRegion(regionCode);
        var total = await query.CountAsync(ct);
        // Ids are time-ordered, so a region's units keep the order they were added in.
        var rows = await query.OrderBy(u => u.RegionCode).ThenBy(u => u.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var items = new List<UnitDto>(rows.Count);
        foreach (var u in rows) items.Add(await DtoAsync(u, ct));
        return new PagedList<UnitDto>(items, total, page.Page, page.PageSize);
    }

    private async Task<UnitDto> CreateAsync<T>(UnitInput input, string label, bool county, Func<string, string, T> create, CancellationToken ct)
        where T : class, IRegionUnit
    {
        var errors = new ValidationErrors();
        foreach (var (field, message) in input.Check(await regions.CheckInScopeAsync(input.RegionCode, db.User.Scope, county, ct), label))
            errors.Add(field, message);
        var name = input.Name?.Trim() ?? "";
        var duplicate = $"{label}“{name}”在该区划已存在";
        if (!errors.Any && await db.Set<T>().AnyAsync(u => u.RegionCode == input.RegionCode && u.Name == name, ct))
            errors.Add("name", duplicate);
        errors.ThrowIfAny();

        var unit = create(input.RegionCode!, name);
        db.Add(unit);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique index caught a twin saved between the check and this insert.
            throw ValidationFailedException.For("name", duplicate);
        }
        return await DtoAsync(unit, ct);
    }

    public async Task<UnitDto> GetDepartmentAsync(string id, CancellationToken ct) =>
        await DtoAsync(await db.Set<Department>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw DomainException.NotFound("科室"), ct);

    /// <summary>
    /// Sets which target kinds a department inspects, for its region (seed 003: 校外培训监管科 leads
    /// the institutions' inspections; a region may give a department both, or none).
    /// </summary>
    public async Task<UnitDto> SetRemitAsync(string id, RemitInput input, CancellationToken ct)
    {
        var department = await db.Set<Department>().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw DomainException.NotFound("科室");
        var kinds = (input.TargetKinds ?? []).Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).Distinct().ToList();
        if (kinds.FirstOrDefault(k => k is not (Assignment.SchoolTarget or Assignment.InstitutionTarget)) is { } bad)
            throw ValidationFailedException.For("targetKinds", $"督导职责“{bad}”不正确，应为 school（学校）或 institution（培训机构）");
        department.Remit = string.Join(",", kinds.OrderBy(k => k == Assignment.SchoolTarget ? 0 : 1));
        await db.SaveChangesAsync(ct);
        return await DtoAsync(department, ct);
    }

    private async Task<UnitDto> DtoAsync(IRegionUnit u, CancellationToken ct) =>
        new(u.Id, u.RegionCode, await regions.NameAsync(u.RegionCode, ct), u.Name, (u as Department)?.RemitKinds);
}
