using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Returns.Submissions;

internal static class SubmissionEndpoints
{
    public static void MapSubmissionEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/returns").WithTags("Returns").RequireAuthorization(ReturnsPermissions.View);
        group.MapGet("/", ([AsParameters] ReturnQuery query, SubmissionService service, CancellationToken ct) => service.ListAsync(query, ct))
            .WithName("ListReturns").WithSummary("报表填报记录（填报单位先得到本期应填的报表）");
        group.MapGet("/{id}", (string id, SubmissionService service, CancellationToken ct) => service.GetAsync(id, ct))
            .WithName("GetReturn").WithSummary("一份报表：填报项、数值、状态和历史版本");
        group.MapPut("/{id}", (string id, ReturnFill input, SubmissionService service, CancellationToken ct) => service.FillAsync(id, input, ct))
            .RequireAuthorization(ReturnsPermissions.Fill).WithName("FillReturn").WithSummary("填写报表（带 version，并发修改返回 409；已通过的报表锁定）");
        group.MapPost("/{id}/submit", (string id, ReturnFill input, SubmissionService service, CancellationToken ct) => service.SubmitAsync(id, input, ct))
            .RequireAuthorization(ReturnsPermissions.Fill).WithName("SubmitReturn").WithSummary("提交报表（可同时带上数值）");
        group.MapPost("/{id}/send-back", (string id, SendBackInput input, ReviewService service, CancellationToken ct) => service.SendBackAsync(id, input, ct))
            .RequireAuthorization(ReturnsPermissions.Review).WithName("SendBackReturn").WithSummary("退回报表并说明原因（通知填报单位）");
        group.MapPost("/{id}/accept", (string id, ReviewService service, CancellationToken ct) => service.AcceptAsync(id, ct))
            .RequireAuthorization(ReturnsPermissions.Review).WithName("AcceptReturn").WithSummary("审核通过报表（通过后锁定）");
        group.MapPost("/{id}/unlock", (string id, UnlockInput input, ReviewService service, CancellationToken ct) => service.UnlockAsync(id, input, ct))
            .RequireAuthorization(ReturnsPermissions.Review).WithName("UnlockReturn").WithSummary("解锁已通过的报表以便更正（形成新版本，原版本保留）");
    }
}
