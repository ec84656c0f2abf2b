using Dudao.Core.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Accounts.Logs;

internal static class LogEndpoints
{
    public static void MapLogEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/audit", (string? userName, string? entityType, string? entityId, DateOnly? from, DateOnly? to, int? page, int? pageSize,
                AuditLog log, CancellationToken ct) =>
            log.ListAsync(new LogFilter(userName, from, to), entityType, entityId, PageRequest.Of(page, pageSize), ct))
            .WithTags("Audit").RequireAuthorization(AccountsPermissions.ViewAudit);
        api.MapGet("/logins", (string? userName, bool? succeeded, string? channel, DateOnly? from, DateOnly? to, int? page, int? pageSize,
                LoginLog log, CancellationToken ct) =>
            log.ListAsync(new LogFilter(userName, from, to), succeeded, channel, PageRequest.Of(page, pageSize), ct))
            .WithTags("Audit").RequireAuthorization(AccountsPermissions.ViewAudit);
    }
}
