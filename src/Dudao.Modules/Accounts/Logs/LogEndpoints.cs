using Dudao.Core.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Accounts.Logs;

internal static class LogEndpoints
{
    public static void MapLogEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/audit", ([AsParameters] AuditQuery query, [AsParameters] PageQuery paging, AuditLog log, CancellationToken ct) =>
                log.ListAsync(query.Filter, query.EntityType, query.EntityId, paging.Request, ct))
            .WithTags("Audit").RequireAuthorization(AccountsPermissions.ViewAudit).WithName("ListAuditEntries").WithSummary("操作日志");
        api.MapGet("/logins", ([AsParameters] LoginQuery query, [AsParameters] PageQuery paging, LoginLog log, CancellationToken ct) =>
                log.ListAsync(query.Filter, query.Succeeded, query.Channel, paging.Request, ct))
            .WithTags("Audit").RequireAuthorization(AccountsPermissions.ViewAudit).WithName("ListLogins").WithSummary("登录日志");
    }
}
