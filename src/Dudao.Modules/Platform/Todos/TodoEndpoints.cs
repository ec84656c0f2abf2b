using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Platform.Todos;

internal static class TodoEndpoints
{
    public static void MapTodoEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/me/todos", (TodoService service, CancellationToken ct) => service.MineAsync(ct))
            .WithTags("Notices").WithName("ListMyTodos").WithSummary("我的待办（按期限排序）");
}
