using Dudao.Core.Errors;
using Dudao.Core.Paging;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.Inspectors;

/// <summary>The inspector registry's handlers; pages call them in-process and the API wraps them.</summary>
public sealed class InspectorService(AppDbContext db, RegionDirectory regions, AssignmentService assignments)
{
    public async Task<PagedList<InspectorDto>> ListAsync(string? regionCode, string? q, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<Inspector>().AsNoTracking().InRegion(regionCode);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(i => i.Name.Contains(q.Trim()) || (i.Phone != null && i.Phone.StartsWith(q.Trim())));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(i => i.RegionCode).ThenBy(i => i.Name).ThenBy(i => i.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(i => new
            {
                Inspector = i,
                Schools = db.Set<Assignment>().Count(a => a.InspectorId == i.Id && a.TargetKind == Assignment.SchoolTarget),
                Institutions = db.Set<Assignment>().Count(a => a.InspectorId == i.Id && a.TargetKind == Assignment.InstitutionTarget),
            })
            .ToListAsync(ct);
        var items = new List<InspectorDto>(rows.Count);
        foreach (var r in rows)
        {
            var i = r.Inspector;
            items.Add(new(i.Id, i.Name, i.Kind, i.RegionCode, await regions.NameAsync(i.RegionCode, ct), i.Phone, i.Version, r.Schools, r.Institutions));
        }
        return new PagedList<InspectorDto>(items, total, page.Page, page.PageSize);
    }

    public async Task<InspectorDetailDto> GetAsync(string id, CancellationToken ct) =>
        await DetailAsync(await db.Set<Inspector>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw DomainException.NotFound("督学"), ct);

    public async Task<InspectorDetailDto> CreateAsync(InspectorInput input, CancellationToken ct)
    {
        await ValidateAsync(input, null, ct);
        var inspector = new Inspector();
        input.ApplyTo(inspector);
        db.Add(inspector);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(inspector, ct);
    }

    public async Task<InspectorDetailDto> UpdateAsync(string id, InspectorInput input, CancellationToken ct)
    {
        var inspector = await db.Set<Inspector>().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw DomainException.NotFound("督学");
        await ValidateAsync(input, inspector, ct);
        if (input.Version is { } version) db.ExpectVersion(inspector, version);
        input.ApplyTo(inspector);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(inspector, ct);
    }

    private async Task ValidateAsync(InspectorInput input, Inspector? existing, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        // Province and city offices have inspectors too (自治区督学, 省、市检查组): any level above a township.
        foreach (var (field, message) in input.Check(await regions.CheckInScopeAsync(input.RegionCode, db.User.Scope, county: false, ct)))
            errors.Add(field, message);
        // Assignments live in the inspector's county: moving it would leave them pointing elsewhere.
        if (!errors.Any && existing is not null && existing.RegionCode != input.RegionCode
            && await db.Set<Assignment>().AnyAsync(a => a.InspectorId == existing.Id, ct))
        {
            errors.Add("regionCode", "该督学仍有挂牌学校或机构，请先解除挂牌再调整区县");
        }
        errors.ThrowIfAny();
    }

    private async Task<InspectorDetailDto> DetailAsync(Inspector i, CancellationToken ct)
    {
        var assigned = await assignments.ForInspectorAsync(i.Id, ct);
        return new(i.Id, i.Name, i.Kind, i.RegionCode, await regions.NameAsync(i.RegionCode, ct), i.Phone, i.Version, assigned.Schools, assigned.Institutions);
    }
}
