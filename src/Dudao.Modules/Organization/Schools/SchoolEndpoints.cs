using Dudao.Core.Paging;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Import;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Organization.Schools;

internal static class SchoolEndpoints
{
    public static void MapSchoolEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/schools").WithTags("Schools");
        group.MapGet("/", (string? regionCode, string? q, int? page, int? pageSize, SchoolService schools, CancellationToken ct) =>
            schools.ListAsync(regionCode, q, PageRequest.Of(page, pageSize), ct)).RequireAuthorization(OrganizationPermissions.View);
        group.MapGet("/{id}", (string id, SchoolService schools, CancellationToken ct) => schools.GetAsync(id, ct))
            .RequireAuthorization(OrganizationPermissions.View);
        group.MapPost("/", async (SchoolInput input, SchoolService schools, CancellationToken ct) =>
        {
            var created = await schools.CreateAsync(input, ct);
            return Results.Created($"/api/schools/{created.Id}", created);
        }).RequireAuthorization(OrganizationPermissions.Manage);
        group.MapPut("/{id}", (string id, SchoolInput input, SchoolService schools, CancellationToken ct) => schools.UpdateAsync(id, input, ct))
            .RequireAuthorization(OrganizationPermissions.Manage);
        group.MapSpreadsheetApi<SchoolSheet, SchoolInput, School>();
    }

    /// <summary>Downloads linked from the staff pages, signed in with the page cookie.</summary>
    public static void MapSchoolPageDownloads(this RouteGroupBuilder staff) =>
        staff.MapGroup("/schools").MapSpreadsheetDownloads<SchoolSheet, SchoolInput, School>();
}
