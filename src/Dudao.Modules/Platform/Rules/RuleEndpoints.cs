using Dudao.Core.Scope;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Platform.Rules;

internal sealed record RuleValueInput(string? RegionCode, int? Value);

internal static class RuleEndpoints
{
    public static void MapRuleEndpoints(this IEndpointRouteBuilder api)
    {
        var rules = api.MapGroup("/rules").WithTags("Rules");
        rules.MapGet("/", (string? regionCode, RuleService service, ICurrentUser me, CancellationToken ct) =>
            service.EffectiveAsync(me.ReadableRegion(regionCode), ct)).WithName("ListRules").WithSummary("本地区生效的规则");
        rules.MapPut("/{key}", async (string key, RuleValueInput input, RuleService service, ICurrentUser me, CancellationToken ct) =>
        {
            await service.SetAsync(key, input.RegionCode ?? me.RegionCode, input.Value ?? int.MinValue, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(PlatformPermissions.ManageSettings).WithName("SetRule").WithSummary("设置本地区的规则值");
    }
}
