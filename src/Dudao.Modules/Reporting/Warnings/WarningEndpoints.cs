using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Reporting.Warnings;

/// <summary><c>?regionCode=&amp;month=</c> of the warnings.</summary>
internal sealed record WarningQuery(string? RegionCode, string? Month);

/// <summary>Which warning to publish: the region (the caller's own when absent), the month (this month when absent) and the kind.</summary>
/// <param name="Kind">overdue | coverage | complaints</param>
public sealed record PublishWarningInput(string? RegionCode, string? Month, string? Kind);

/// <summary>A warning as parents read it on the public page.</summary>
public sealed record PublicWarningDto(string RegionCode, string Kind, string Month, string Title, string Body, DateTime PublishedAt);

internal static class WarningEndpoints
{
    public static void MapWarningEndpoints(this IEndpointRouteBuilder api, IEndpointRouteBuilder publicApi)
    {
        var group = api.MapGroup("/warnings").WithTags("Reporting").RequireAuthorization(ReportingPermissions.View);
        group.MapGet("/", ([AsParameters] WarningQuery query, WarningService warnings, CancellationToken ct) => warnings.EvaluateAsync(query.RegionCode, query.Month, ct))
            .WithName("ListWarnings").WithSummary("预警提示：本地区及下级地区的逾期率、覆盖进度、举报量异常");
        group.MapPost("/publish", (PublishWarningInput input, WarningService warnings, CancellationToken ct) =>
                warnings.PublishAsync(input.RegionCode, input.Month, input.Kind, ct))
            .RequireAuthorization(ReportingPermissions.PublishWarnings)
            .WithName("PublishWarning").WithSummary("向家长公开发布一条预警提示（同一地区、类别、月份只发布一次）");
        publicApi.MapGet("/public/warnings", (PublicWarnings list, CancellationToken ct) => list.ListAsync(ct))
            .WithTags("Reporting").WithName("ListPublicWarnings").WithSummary("已向家长公开的预警提示（无需登录）");
    }
}
