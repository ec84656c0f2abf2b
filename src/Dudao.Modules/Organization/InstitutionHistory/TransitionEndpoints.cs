using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Organization.InstitutionHistory;

internal static class TransitionEndpoints
{
    public static void MapTransitionEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/institutions").WithTags("Institutions");
        group.MapGet("/{id}/history", (string id, TransitionService service, CancellationToken ct) => service.GetAsync(id, ct))
            .RequireAuthorization(OrganizationPermissions.View).WithName("GetInstitutionHistory").WithSummary("机构状态变更历史（按发生日期）");
        group.MapPost("/{id}/transitions", (string id, TransitionInput input, TransitionService service, CancellationToken ct) =>
                service.TransitionAsync(id, input, null, ct))
            .RequireAuthorization(OrganizationPermissions.ManageInstitutions).WithName("TransitionInstitution")
            .WithSummary("机构状态变更（审批中、正常、停办、注销、取缔，证照情况，黑机构，变更）：带发生日期和原因，返回机构及其历史；不允许的变更返回 400 并列出可选的下一步");
    }
}
