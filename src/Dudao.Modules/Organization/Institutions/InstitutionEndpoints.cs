using Dudao.Core.Paging;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Import;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Organization.Institutions;

internal static class InstitutionEndpoints
{
    public static void MapInstitutionEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/institutions").WithTags("Institutions");
        group.MapGet("/", (string? regionCode, string? q, int? page, int? pageSize, InstitutionService institutions, CancellationToken ct) =>
            institutions.ListAsync(regionCode, q, PageRequest.Of(page, pageSize), ct)).RequireAuthorization(OrganizationPermissions.View);
        group.MapGet("/{id}", (string id, InstitutionService institutions, CancellationToken ct) => institutions.GetAsync(id, ct))
            .RequireAuthorization(OrganizationPermissions.View);
        group.MapPost("/", async (InstitutionInput input, InstitutionService institutions, CancellationToken ct) =>
        {
            var created = await institutions.CreateAsync(input, ct);
            return Results.Created($"/api/institutions/{created.Id}", created);
        }).RequireAuthorization(OrganizationPermissions.Manage);
        group.MapPut("/{id}", (string id, InstitutionInput input, InstitutionService institutions, CancellationToken ct) =>
            institutions.UpdateAsync(id, input, ct)).RequireAuthorization(OrganizationPermissions.Manage);
        group.MapSpreadsheetApi<InstitutionSheet, InstitutionInput, Institution>();
    }

    /// <summary>Downloads linked from the staff pages, signed in with the page cookie.</summary>
    public static void MapInstitutionPageDownloads(this RouteGroupBuilder staff) =>
        staff.MapGroup("/institutions").MapSpreadsheetDownloads<InstitutionSheet, InstitutionInput, Institution>();
}
