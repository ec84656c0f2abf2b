using Dudao.Core.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Organization.Units;

internal static class UnitEndpoints
{
    public static void MapUnitEndpoints(this IEndpointRouteBuilder api)
    {
        var zones = api.MapGroup("/zones").WithTags("Zones");
        zones.MapGet("/", (string? regionCode, [AsParameters] PageQuery paging, UnitService units, CancellationToken ct) =>
                units.ListZonesAsync(regionCode, paging.Request, ct))
            .RequireAuthorization(OrganizationPermissions.View).WithName("ListZones").WithSummary("督导责任区列表");
        zones.MapPost("/", async (UnitInput input, UnitService units, CancellationToken ct) =>
                TypedResults.Created((string?)null, await units.CreateZoneAsync(input, ct)))
            .RequireAuthorization(OrganizationPermissions.Manage).WithName("CreateZone").WithSummary("新增督导责任区");

        var departments = api.MapGroup("/departments").WithTags("Departments");
        departments.MapGet("/", (string? regionCode, [AsParameters] PageQuery paging, UnitService units, CancellationToken ct) =>
                units.ListDepartmentsAsync(regionCode, paging.Request, ct))
            .RequireAuthorization(OrganizationPermissions.View).WithName("ListDepartments").WithSummary("职能部门列表");
        departments.MapPost("/", async (UnitInput input, UnitService units, CancellationToken ct) =>
                TypedResults.Created((string?)null, await units.CreateDepartmentAsync(input, ct)))
            .RequireAuthorization(OrganizationPermissions.Manage).WithName("CreateDepartment").WithSummary("新增职能部门");
        departments.MapGet("/{id}", (string id, UnitService units, CancellationToken ct) => units.GetDepartmentAsync(id, ct))
            .RequireAuthorization(OrganizationPermissions.View).WithName("GetDepartment").WithSummary("职能部门详情");
        departments.MapPut("/{id}/remit", (string id, RemitInput input, UnitService units, CancellationToken ct) => units.SetRemitAsync(id, input, ct))
            .RequireAuthorization(OrganizationPermissions.Manage).WithName("SetDepartmentRemit").WithSummary("设置职能部门的监管职责");
    }
}
