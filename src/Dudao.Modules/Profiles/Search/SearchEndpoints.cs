using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Profiles.Search;

internal static class SearchEndpoints
{
    public static void MapSearchEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/search", (string? q, SearchService search, CancellationToken ct) => search.SearchAsync(q, ct))
            .RequireAuthorization(ProfilesPermissions.Search).WithTags("Search")
            .WithName("Search").WithSummary("全局搜索：学校、机构（名称或代码）、问题、举报回执码，限本单位数据范围");
    }
}
