using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Reporting.KeyFigures;

internal static class KeyFigureEndpoints
{
    public static void MapKeyFigureEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/me/key-figures", (KeyFigureService figures, CancellationToken ct) => figures.ListAsync(ct))
            .WithTags("Reporting").RequireAuthorization()
            .WithName("ListMyKeyFigures").WithSummary("本人工作台的关键指标（按角色：覆盖率、整改率、举报按期办结率等）");
}
