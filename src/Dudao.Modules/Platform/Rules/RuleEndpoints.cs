using Dudao.Core.Paging;
using Dudao.Core.Scope;
using Dudao.Modules.Platform.Calendar;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Platform.Rules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Platform;

internal sealed record RuleValueInput(string? RegionCode, int? Value);

internal static class PlatformEndpoints
{
    public static void MapPlatformEndpoints(this IEndpointRouteBuilder api)
    {
        var notices = api.MapGroup("/notices").WithTags("Notices");
        notices.MapGet("/", (bool? unread, int? page, int? pageSize, NoticeService service, CancellationToken ct) =>
            service.MineAsync(unread ?? false, PageRequest.Of(page, pageSize), ct));
        notices.MapPost("/{id}/read", async (string id, NoticeService service, CancellationToken ct) =>
        {
            await service.MarkReadAsync(id, ct);
            return Results.NoContent();
        });

        var rules = api.MapGroup("/rules").WithTags("Rules");
        rules.MapGet("/", (string? regionCode, RuleService service, ICurrentUser me, CancellationToken ct) =>
            service.EffectiveAsync(me.ReadableRegion(regionCode), ct));
        rules.MapPut("/{key}", async (string key, RuleValueInput input, RuleService service, ICurrentUser me, CancellationToken ct) =>
        {
            await service.SetAsync(key, input.RegionCode ?? me.RegionCode, input.Value ?? int.MinValue, ct);
            return Results.NoContent();
        }).RequireAuthorization(PlatformPermissions.ManageSettings);

        var holidays = api.MapGroup("/admin/holidays").WithTags("Rules").RequireAuthorization(PlatformPermissions.ManageSettings);
        holidays.MapGet("/", (int year, HolidayService service, CancellationToken ct) => service.ListAsync(year, ct));
        holidays.MapPut("/", async (HolidayInput input, HolidayService service, CancellationToken ct) =>
        {
            await service.SetAsync(input, ct);
            return Results.NoContent();
        });
        holidays.MapDelete("/{date}", async (DateOnly date, HolidayService service, CancellationToken ct) =>
        {
            await service.RemoveAsync(date, ct);
            return Results.NoContent();
        });

        api.MapFileDownload("/files/{id}").WithTags("Files");
    }
}
