using Dudao.Core.Paging;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Import;
using Dudao.Modules.Organization.Registry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Organization.Institutions;

internal static class InstitutionEndpoints
{
    public static void MapInstitutionEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/institutions").WithTags("Institutions");
        group.MapGet("/", ([AsParameters] RegistryQuery query, [AsParameters] PageQuery paging, string? status, string? list, InstitutionService institutions, CancellationToken ct) =>
                institutions.ListAsync(query.RegionCode, query.Q, paging.Request, ct, status, list))
            .RequireAuthorization(OrganizationPermissions.View).WithName("ListInstitutions")
            .WithSummary("校外培训机构列表（可按状态 status 和名单 list=white|black|none 筛选）");
        group.MapGet("/{id}", (string id, InstitutionService institutions, CancellationToken ct) => institutions.GetAsync(id, ct))
            .RequireAuthorization(OrganizationPermissions.View).WithName("GetInstitution").WithSummary("机构详情");
        group.MapPost("/", async (InstitutionInput input, InstitutionService institutions, CancellationToken ct) =>
        {
            var created = await institutions.CreateAsync(input, ct);
            return TypedResults.Created($"/api/institutions/{created.Id}", created);
        }).RequireAuthorization(OrganizationPermissions.ManageInstitutions).WithName("CreateInstitution").WithSummary("新增机构");
        group.MapPut("/{id}", (string id, InstitutionInput input, InstitutionService institutions, CancellationToken ct) =>
            institutions.UpdateAsync(id, input, ct)).RequireAuthorization(OrganizationPermissions.ManageInstitutions).WithName("UpdateInstitution")
            .WithSummary("修改机构（名称、地址等登记信息；状态、证照情况和类别须通过状态变更办理）");
        group.MapSpreadsheetApi<InstitutionSheet, InstitutionInput, Institution>("Institutions", "机构", OrganizationPermissions.ManageInstitutions);
    }

    /// <summary>Downloads linked from the staff pages, signed in with the page cookie.</summary>
    public static void MapInstitutionPageDownloads(this RouteGroupBuilder staff) =>
        staff.MapGroup("/institutions").MapSpreadsheetDownloads<InstitutionSheet, InstitutionInput, Institution>();
}
