using Dudao.Core;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.Regions;

/// <summary>
/// Region names for pickers and labels; regions are public facts, so no data scope applies. Parents
/// and children follow the tree as people name it (<see cref="RegionDirectory.ChildrenAsync"/>).
/// </summary>
internal static class RegionEndpoints
{
    public static IEndpointRouteBuilder MapRegionEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/regions").WithTags("Regions");
        group.MapGet("/{code}", GetAsync).WithName("GetRegion").WithSummary("行政区划");
        group.MapGet("/{code}/children", ChildrenAsync).WithName("ListRegionChildren").WithSummary("下级行政区划");
        return api;
    }

    private static async Task<Results<Ok<RegionDto>, ProblemHttpResult>> GetAsync(string code, AppDbContext db, RegionDirectory regions, CancellationToken ct)
    {
        var region = await regions.FindAsync(code, ct)
            ?? await db.Set<Region>().AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct);
        return region is null ? NotFound(code) : TypedResults.Ok(await DtoAsync(region, regions, ct));
    }

    private static async Task<Results<Ok<List<RegionDto>>, ProblemHttpResult>> ChildrenAsync(string code, AppDbContext db, RegionDirectory regions, CancellationToken ct)
    {
        var region = await regions.FindAsync(code, ct);
        if (region is null)
            return await db.Set<Region>().AnyAsync(r => r.Code == code, ct) ? TypedResults.Ok(new List<RegionDto>()) : NotFound(code);
        // The directory holds the levels above township; a county's townships come from the table.
        if (region.Level != RegionCodes.County)
        {
            var named = new List<RegionDto>();
            foreach (var child in await regions.ChildrenAsync(code, ct)) named.Add(await DtoAsync(child, regions, ct));
            return TypedResults.Ok(named);
        }
        var towns = await db.Set<Region>()
            .Where(r => r.ParentCode == code)
            .OrderBy(r => r.Code)
            .Select(r => new RegionDto(r.Code, r.Name, r.Level, r.ParentCode))
            .ToListAsync(ct);
        return TypedResults.Ok(towns);
    }

    private static async Task<RegionDto> DtoAsync(Region r, RegionDirectory regions, CancellationToken ct) =>
        new(r.Code, r.Name, r.Level, await regions.ParentCodeAsync(r, ct));

    private static ProblemHttpResult NotFound(string code) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"行政区划代码“{code}”不存在");
}
