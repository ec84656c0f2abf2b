using Dudao.Core.Errors;
using Dudao.Core.Paging;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Organization.Registry;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.Schools;

/// <summary>The school registry's handlers; pages call them in-process and the API wraps them.</summary>
public sealed class SchoolService(AppDbContext db, RegionDirectory regions, TimeProvider clock)
{
    public async Task<PagedList<SchoolDto>> ListAsync(string? regionCode, string? q, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<School>().AsNoTracking().InRegion(regionCode);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(s => s.Name.Contains(q.Trim()) || s.Code.StartsWith(q.Trim()));
        return await query.OrderBy(s => s.RegionCode).ThenBy(s => s.Code).ToPageAsync(page, regions, SchoolDto.From, ct);
    }

    public async Task<SchoolDto> GetAsync(string id, CancellationToken ct)
    {
        var school = await db.Set<School>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainException.NotFound("学校");
        return SchoolDto.From(school, await regions.NameAsync(school.RegionCode, ct));
    }

    public async Task<SchoolDto> CreateAsync(SchoolInput input, CancellationToken ct)
    {
        await ValidateAsync(input, null, ct);
        var school = new School { RegisteredOn = clock.Today() };
        input.ApplyTo(school);
        db.Add(school);
        await db.SaveChangesAsync(ct);
        return SchoolDto.From(school, await regions.NameAsync(school.RegionCode, ct));
    }

    public async Task<SchoolDto> UpdateAsync(string id, SchoolInput input, CancellationToken ct)
    {
        var school = await db.Set<School>().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainException.NotFound("学校");
        await ValidateAsync(input, id, ct);
        if (input.Version is { } version) db.ExpectVersion(school, version);
        input.ApplyTo(school);
        await db.SaveChangesAsync(ct);
        return SchoolDto.From(school, await regions.NameAsync(school.RegionCode, ct));
    }

    private async Task ValidateAsync(SchoolInput input, string? id, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var countyError = await regions.CheckCountyAsync(input.RegionCode, ct);
        var zones = countyError is null
            ? await db.Set<Zone>().Where(z => z.RegionCode == input.RegionCode).Select(z => z.Name).ToListAsync(ct)
            : [];
        foreach (var (field, message) in input.Check(countyError, db.User.Scope, (_, zone) => zones.Contains(zone)))
            errors.Add(field, message);
        if (!errors.Any)
        {
            // Codes are unique across the country, so look past the caller's scope.
            var code = input.Code!.Trim();
            if (await db.Set<School>().IgnoreQueryFilters().AnyAsync(s => s.Code == code && s.Id != id, ct))
                errors.Add("code", $"学校标识码“{code}”已存在");
        }
        errors.ThrowIfAny();
    }
}
