using Dudao.Core.Scope;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Platform.Calendar;

internal static class VacationEndpoints
{
    public static void MapVacationEndpoints(this IEndpointRouteBuilder api)
    {
        var vacations = api.MapGroup("/vacations").WithTags("Rules");
        vacations.MapGet("/", (string? regionCode, int year, SchoolVacations service, ICurrentUser me, CancellationToken ct) =>
                service.EffectiveAsync(me.ReadableRegion(regionCode), year, ct))
            .WithName("ListVacations").WithSummary("某地区某年适用的寒暑假（本地区未设置时沿用上级）");
        vacations.MapPost("/", async (VacationInput input, SchoolVacations service, CancellationToken ct) =>
            {
                var created = await service.AddAsync(input, ct);
                return TypedResults.Created($"/api/vacations/{created.Id}", created);
            })
            .RequireAuthorization(PlatformPermissions.ManageSettings).WithName("AddVacation").WithSummary("为本地区添加一个寒暑假");
        vacations.MapDelete("/{id}", async (string id, SchoolVacations service, CancellationToken ct) =>
            {
                await service.RemoveAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(PlatformPermissions.ManageSettings).WithName("RemoveVacation").WithSummary("删除本地区的一个寒暑假");
    }
}
