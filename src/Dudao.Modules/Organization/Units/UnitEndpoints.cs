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
        zones.MapGet("/", (string? regionCode, int? page, int? pageSize, UnitService units, CancellationToken ct) =>
            units.ListZonesAsync(regionCode, PageRequest.Of(page, pageSize), ct)).RequireAuthorization(OrganizationPermissions.View);
        zones.MapPost("/", async (UnitInput input, UnitService units, CancellationToken ct) =>
            Results.Created((string?)null, await units.CreateZoneAsync(input, ct))).RequireAuthorization(OrganizationPermissions.Manage);

        var departments = api.MapGroup("/departments").WithTags("Departments");
        departments.MapGet("/", (string? regionCode, int? page, int? pageSize, UnitService units, CancellationToken ct) =>
            units.ListDepartmentsAsync(regionCode, PageRequest.Of(page, pageSize), ct)).RequireAuthorization(OrganizationPermissions.View);
        departments.MapPost("/", async (UnitInput input, UnitService units, CancellationToken ct) =>
            Results.Created((string?)null, await units.CreateDepartmentAsync(input, ct))).RequireAuthorization(OrganizationPermissions.Manage);
        departments.MapGet("/{id}", (string id, UnitService units, CancellationToken ct) => units.GetDepartmentAsync(id, ct))
            .RequireAuthorization(OrganizationPermissions.View);
        departments.MapPut("/{id}/remit", (string id, RemitInput input, UnitService units, CancellationToken ct) => units.SetRemitAsync(id, input, ct))
            .RequireAuthorization(OrganizationPermissions.Manage);
    }
}
