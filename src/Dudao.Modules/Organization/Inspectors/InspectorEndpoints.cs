using System.Security.Claims;
using Dudao.Core.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Organization.Inspectors;

internal static class InspectorEndpoints
{
    public static void MapInspectorEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/inspectors").WithTags("Inspectors");
        group.MapGet("/", (string? regionCode, string? q, int? page, int? pageSize, InspectorService inspectors, CancellationToken ct) =>
            inspectors.ListAsync(regionCode, q, PageRequest.Of(page, pageSize), ct)).RequireAuthorization(OrganizationPermissions.View);
        group.MapGet("/{id}", (string id, InspectorService inspectors, CancellationToken ct) => inspectors.GetAsync(id, ct))
            .RequireAuthorization(OrganizationPermissions.View);
        group.MapPost("/", async (InspectorInput input, InspectorService inspectors, CancellationToken ct) =>
        {
            var created = await inspectors.CreateAsync(input, ct);
            return Results.Created($"/api/inspectors/{created.Id}", created);
        }).RequireAuthorization(OrganizationPermissions.Manage);
        group.MapPut("/{id}", (string id, InspectorInput input, InspectorService inspectors, CancellationToken ct) => inspectors.UpdateAsync(id, input, ct))
            .RequireAuthorization(OrganizationPermissions.Manage);
        group.MapPut("/{id}/assignments", (string id, AssignmentsInput input, AssignmentService assignments, CancellationToken ct) =>
            assignments.ReplaceAsync(id, input, ct)).RequireAuthorization(OrganizationPermissions.Manage);

        // An inspector's own work list sits beside /api/me, though it is served from here.
        api.MapGet("/me/assignments", (ClaimsPrincipal me, AssignmentService assignments, CancellationToken ct) => assignments.MineAsync(me, ct))
            .WithTags("Inspectors").RequireAuthorization(OrganizationPermissions.View);
    }
}
