using System.Security.Claims;
using Dudao.Core.Paging;
using Dudao.Modules.Organization.Registry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Organization.Inspectors;

internal static class InspectorEndpoints
{
    public static void MapInspectorEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/inspectors").WithTags("Inspectors");
        group.MapGet("/", ([AsParameters] RegistryQuery query, [AsParameters] PageQuery paging, InspectorService inspectors, CancellationToken ct) =>
                inspectors.ListAsync(query.RegionCode, query.Q, paging.Request, ct))
            .RequireAuthorization(OrganizationPermissions.View).WithName("ListInspectors").WithSummary("督学列表");
        group.MapGet("/{id}", (string id, InspectorService inspectors, CancellationToken ct) => inspectors.GetAsync(id, ct))
            .RequireAuthorization(OrganizationPermissions.View).WithName("GetInspector").WithSummary("督学详情");
        group.MapPost("/", async (InspectorInput input, InspectorService inspectors, CancellationToken ct) =>
        {
            var created = await inspectors.CreateAsync(input, ct);
            return TypedResults.Created($"/api/inspectors/{created.Id}", created);
        }).RequireAuthorization(OrganizationPermissions.Manage).WithName("CreateInspector").WithSummary("新增督学");
        group.MapPut("/{id}", (string id, InspectorInput input, InspectorService inspectors, CancellationToken ct) => inspectors.UpdateAsync(id, input, ct))
            .RequireAuthorization(OrganizationPermissions.Manage).WithName("UpdateInspector").WithSummary("修改督学");
        group.MapPut("/{id}/assignments", (string id, AssignmentsInput input, AssignmentService assignments, CancellationToken ct) =>
            assignments.ReplaceAsync(id, input, ct)).RequireAuthorization(OrganizationPermissions.Manage)
            .WithName("ReplaceInspectorAssignments").WithSummary("设置督学的责任学校和机构");

        // An inspector's own work list sits beside /api/me, though it is served from here.
        api.MapGet("/me/assignments", (ClaimsPrincipal me, AssignmentService assignments, CancellationToken ct) => assignments.MineAsync(me, ct))
            .WithTags("Inspectors").RequireAuthorization(OrganizationPermissions.View).WithName("GetMyAssignments").WithSummary("我（督学）负责的学校和机构");
    }
}
