using Dudao.Core.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Platform.Notices;

internal static class NoticeEndpoints
{
    public static void MapNoticeEndpoints(this IEndpointRouteBuilder api)
    {
        var notices = api.MapGroup("/notices").WithTags("Notices");
        notices.MapGet("/", (bool? unread, int? page, int? pageSize, NoticeService service, CancellationToken ct) =>
            service.MineAsync(unread ?? false, PageRequest.Of(page, pageSize), ct));
        notices.MapPost("/{id}/read", async (string id, NoticeService service, CancellationToken ct) =>
        {
            await service.MarkReadAsync(id, ct);
            return Results.NoContent();
        });
    }
}
