using Dudao.Core.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Platform.Notices;

internal static class NoticeEndpoints
{
    /// <summary>The caller's notices under /me, as the contract names them; the former /notices routes are gone (ADR-080).</summary>
    public static void MapNoticeEndpoints(this IEndpointRouteBuilder api)
    {
        var notices = api.MapGroup("/me/notices").WithTags("Notices");
        notices.MapGet("/", (bool? unread, [AsParameters] PageQuery paging, NoticeService service, CancellationToken ct) =>
            service.MineAsync(unread ?? false, paging.Request, ct)).WithName("ListMyNotices").WithSummary("我的通知");
        notices.MapPost("/{id}/read", async (string id, NoticeService service, CancellationToken ct) =>
        {
            await service.MarkReadAsync(id, ct);
            return TypedResults.NoContent();
        }).WithName("MarkNoticeRead").WithSummary("标记通知已读（仅本人）");
    }
}
