using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Platform.Calendar;

internal static class HolidayEndpoints
{
    public static void MapHolidayEndpoints(this IEndpointRouteBuilder api)
    {
        var holidays = api.MapGroup("/admin/holidays").WithTags("Rules").RequireAuthorization(PlatformPermissions.ManageSettings);
        holidays.MapGet("/", (int year, HolidayService service, CancellationToken ct) => service.ListAsync(year, ct))
            .WithName("ListHolidays").WithSummary("某年的节假日与调休");
        holidays.MapPut("/", async (HolidayInput input, HolidayService service, CancellationToken ct) =>
        {
            await service.SetAsync(input, ct);
            return TypedResults.NoContent();
        }).WithName("SetHoliday").WithSummary("设置一天为节假日或调休工作日");
        holidays.MapDelete("/{date}", async (DateOnly date, HolidayService service, CancellationToken ct) =>
        {
            await service.RemoveAsync(date, ct);
            return TypedResults.NoContent();
        }).WithName("RemoveHoliday").WithSummary("取消一天的节假日设置");
    }
}
