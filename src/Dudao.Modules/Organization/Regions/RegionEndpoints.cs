using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.Regions;

/// <summary>Region names for pickers and labels; regions are public facts, so no data scope applies.</summary>
internal static class RegionEndpoints
{
    public static IEndpointRouteBuilder MapRegionEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/regions").WithTags("Regions");
        group.MapGet("/{code}", GetAsync).WithName("GetRegion").WithSummary("行政区划");
        group.MapGet("/{code}/children", ChildrenAsync).WithName("ListRegionChildren").WithSummary("下级行政区划");
        return api;
    }

    private static async Task<Results<Ok<RegionDto>, ProblemHttpResult>> GetAsync(string code, AppDbContext db, CancellationToken ct)
    {
        var region = await db.Set<Region>()
            .Where(r => r.Code == code)
            .Select(r => new RegionDto(r.Code, r.Name, r.Level, r.ParentCode))
            .FirstOrDefaultAsync(ct);
        return region is null ? NotFound(code) : TypedResults.Ok(region);
    }

    private static async Task<Results<Ok<List<RegionDto>>, ProblemHttpResult>> ChildrenAsync(string code, AppDbContext db, CancellationToken ct)
    {
        if (!await db.Set<Region>().AnyAsync(r => r.Code == code, ct)) return NotFound(code);
        var children = await db.Set<Region>()
            .Where(r => r.ParentCode == code)
            .OrderBy(r => r.Code)
            .Select(r => new RegionDto(r.Code, r.Name, r.Level, r.ParentCode))
            .ToListAsync(ct);
        return TypedResults.Ok(children);
    }

    private static ProblemHttpResult NotFound(string code) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"行政区划代码“{code}”不存在");
}
