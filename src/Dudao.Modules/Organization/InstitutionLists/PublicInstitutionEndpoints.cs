using Dudao.Core.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Organization.InstitutionLists;

internal static class PublicInstitutionEndpoints
{
    public static void MapPublicInstitutionEndpoints(this IEndpointRouteBuilder publicApi)
    {
        var group = publicApi.MapGroup("/public/institutions").WithTags("Public").AllowAnonymous();
        group.MapGet("/", ([AsParameters] PublicInstitutionQuery query, [AsParameters] PageQuery paging, PublicInstitutionService service, CancellationToken ct) =>
                service.SearchAsync(query, paging.Request, ct))
            .WithName("SearchPublicInstitutions").WithSummary("查询校外培训机构（按名称或统一社会信用代码）及黑白名单（无需登录）");
        group.MapGet("/{uscc}", (string uscc, PublicInstitutionService service, CancellationToken ct) => service.GetAsync(uscc, ct))
            .WithName("GetPublicInstitution")
            .WithSummary("按统一社会信用代码查看机构的证照、状态、名单、备案收费和举报入口（无需登录；代码须通过 GB 32100 校验）");
    }
}
