using Dudao.Modules.Shared.Documents;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Rectification.Notices;

internal static class RectificationNoticeEndpoints
{
    public static void MapRectificationNoticeEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/problems/{id}/rectification-notice", Notice).WithTags("Rectification")
            .RequireAuthorization(RectificationPermissions.Manage).ProducesFile(OfficialDocx.ContentType)
            .WithName("GetRectificationNotice").WithSummary("下载整改通知书（.docx，仅校外培训机构的问题；文号首次生成时编定）");

    /// <summary>The problem page's button, signed in with the page cookie.</summary>
    public static void MapRectificationNoticePageDownloads(this RouteGroupBuilder staff) =>
        staff.MapGet("/problems/{id}/rectification-notice", Notice).RequireAuthorization(RectificationPermissions.Manage);

    private static async Task<IResult> Notice(string id, RectificationNoticeService notices, CancellationToken ct)
    {
        var notice = await notices.BuildAsync(id, ct);
        return Results.File(notice.Content, OfficialDocx.ContentType, notice.FileName);
    }
}
