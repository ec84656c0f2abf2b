using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Inspections.Special;

internal static class SpecialInspectionEndpoints
{
    public static void MapSpecialInspectionEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/special-inspections").WithTags("Inspections");
        group.MapPost("/", async (SpecialInput input, SpecialInspectionService specials, CancellationToken ct) =>
        {
            var created = await specials.PlanAsync(input, ct);
            return TypedResults.Created($"/api/special-inspections/{created.Id}", created);
        }).RequireAuthorization(InspectionsPermissions.PlanSpecial).WithName("PlanSpecialInspection").WithSummary("部署专项督导");
        group.MapGet("/", (SpecialInspectionService specials, CancellationToken ct) => specials.ListAsync(ct))
            .RequireAuthorization(InspectionsPermissions.View).WithName("ListSpecialInspections").WithSummary("专项督导列表");
        group.MapGet("/{id}", (string id, SpecialInspectionService specials, CancellationToken ct) => specials.GetAsync(id, ct))
            .RequireAuthorization(InspectionsPermissions.View).WithName("GetSpecialInspection").WithSummary("专项督导详情");
    }
}
