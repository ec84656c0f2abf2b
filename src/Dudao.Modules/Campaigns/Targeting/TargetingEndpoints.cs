using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Campaigns.Targeting;

internal static class TargetingEndpoints
{
    public static void MapTargetingEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/targeting").WithTags("Campaigns");
        group.MapGet("/", (string? regionCode, string? month, TargetingService targeting, CancellationToken ct) => targeting.RankAsync(regionCode, month, ct))
            .RequireAuthorization(CampaignsPermissions.View).WithName("RankTargets")
            .WithSummary("靶向督导：区县内学校和机构按风险分排序（month 默认下月），各项分值（举报、逾期、整改反复、自评差距、未督导月数）及建议清单、暗访对象");
        group.MapGet("/accepted", async Task<Results<Ok<AcceptedListDto>, NoContent>> (string? regionCode, string? month, TargetingService targeting, CancellationToken ct) =>
                await targeting.AcceptedAsync(regionCode, month, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NoContent())
            .RequireAuthorization(CampaignsPermissions.View).WithName("GetAcceptedTargeting").WithSummary("该月已确定的重点督导清单（未确定时 204）");
        group.MapPut("/accepted", (TargetingAcceptInput input, TargetingService targeting, CancellationToken ct) => targeting.AcceptAsync(input, ct))
            .RequireAuthorization(CampaignsPermissions.Plan).WithName("AcceptTargeting")
            .WithSummary("确定（或修改）该月的重点督导清单和“四不两直”暗访对象，替换此前确定的清单");
    }
}
