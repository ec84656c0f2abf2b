using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Organization.InstitutionLists;

internal static class ListEndpoints
{
    public static void MapListEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/institutions/{id}/list-entries").WithTags("Institutions");
        group.MapGet("/", (string id, ListService lists, CancellationToken ct) => lists.EntriesAsync(id, ct))
            .RequireAuthorization(OrganizationPermissions.View).WithName("ListInstitutionListEntries").WithSummary("机构列入黑白名单的记录（列入、移出日期和原因）");
        group.MapPost("/", (string id, ListEntryInput input, ListService lists, CancellationToken ct) => lists.EnterAsync(id, input, ct))
            .RequireAuthorization(OrganizationPermissions.ManageInstitutions).WithName("EnterInstitutionList")
            .WithSummary("将机构列入白名单或黑名单（list：white|black，on：日期，reason：原因）");
        group.MapPost("/removal", (string id, ListRemovalInput input, ListService lists, CancellationToken ct) => lists.RemoveAsync(id, input, ct))
            .RequireAuthorization(OrganizationPermissions.ManageInstitutions).WithName("RemoveInstitutionFromList")
            .WithSummary("将机构移出所在名单（on：日期，reason：原因）");
    }
}
