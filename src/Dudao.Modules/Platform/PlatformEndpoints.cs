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
        notices.MapGet("/", (bool? unread, [AsParameters] PageQuery paging, NoticeService service, CancellationToken ct) =>
            service.MineAsync(unread ?? false, paging.Request, ct)).WithName("ListNotices").WithSummary("我的通知");
        notices.MapPost("/{id}/read", async (string id, NoticeService service, CancellationToken ct) =>
        {
            await service.MarkReadAsync(id, ct);
            return TypedResults.NoContent();
        }).WithName("MarkNoticeRead").WithSummary("标记通知已读");

        var rules = api.MapGroup("/rules").WithTags("Rules");
        rules.MapGet("/", (string? regionCode, RuleService service, ICurrentUser me, CancellationToken ct) =>
            service.EffectiveAsync(me.ReadableRegion(regionCode), ct)).WithName("ListRules").WithSummary("本地区生效的规则");
        rules.MapPut("/{key}", async (string key, RuleValueInput input, RuleService service, ICurrentUser me, CancellationToken ct) =>
        {
            await service.SetAsync(key, input.RegionCode ?? me.RegionCode, input.Value ?? int.MinValue, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(PlatformPermissions.ManageSettings).WithName("SetRule").WithSummary("设置本地区的规则值");

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

        api.MapFileDownload("/files/{id}").WithTags("Files").WithName("DownloadFile").WithSummary("下载附件");
    }
}
