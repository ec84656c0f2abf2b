using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Platform.Calendar;

internal static class HolidayEndpoints
{
    public static void MapHolidayEndpoints(this IEndpointRouteBuilder api)
    {
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
    }
}
