using Dudao.Core.Paging;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Import;
using Dudao.Modules.Organization.Registry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Organization.Schools;

internal static class SchoolEndpoints
{
    public static void MapSchoolEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/schools").WithTags("Schools");
        group.MapGet("/", ([AsParameters] RegistryQuery query, [AsParameters] PageQuery paging, SchoolService schools, CancellationToken ct) =>
                schools.ListAsync(query.RegionCode, query.Q, paging.Request, ct))
            .RequireAuthorization(OrganizationPermissions.View).WithName("ListSchools").WithSummary("学校列表");
        group.MapGet("/{id}", (string id, SchoolService schools, CancellationToken ct) => schools.GetAsync(id, ct))
            .RequireAuthorization(OrganizationPermissions.View).WithName("GetSchool").WithSummary("学校详情");
        group.MapPost("/", async (SchoolInput input, SchoolService schools, CancellationToken ct) =>
        {
            var created = await schools.CreateAsync(input, ct);
            return TypedResults.Created($"/api/schools/{created.Id}", created);
        }).RequireAuthorization(OrganizationPermissions.Manage).WithName("CreateSchool").WithSummary("新增学校");
        group.MapPut("/{id}", (string id, SchoolInput input, SchoolService schools, CancellationToken ct) => schools.UpdateAsync(id, input, ct))
            .RequireAuthorization(OrganizationPermissions.Manage).WithName("UpdateSchool").WithSummary("修改学校");
        group.MapSpreadsheetApi<SchoolSheet, SchoolInput, School>("Schools", "学校", OrganizationPermissions.Manage);
    }

    /// <summary>Downloads linked from the staff pages, signed in with the page cookie.</summary>
    public static void MapSchoolPageDownloads(this RouteGroupBuilder staff) =>
        staff.MapGroup("/schools").MapSpreadsheetDownloads<SchoolSheet, SchoolInput, School>();
}
