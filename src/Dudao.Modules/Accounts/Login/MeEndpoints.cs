using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Accounts.Login;

/// <param name="FailedLogins">Failed attempts on the account before this login, or null when there were none.</param>
internal sealed record MeResponse(string UserName, string DisplayName, IReadOnlyList<string> Roles, OrgUnitDto OrgUnit, FailedLoginsDto? FailedLogins);

internal sealed record FailedLoginsDto(int Count, DateTime? LastAt);

internal static class MeEndpoints
{
    public static void MapMeEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/me", async Task<Results<Ok<MeResponse>, UnauthorizedHttpResult>> (ICurrentUser me, AppDbContext db, OrgUnitNames names, CancellationToken ct) =>
        {
            // The session check refuses a deleted account's token already; this keeps a race from becoming a 500.
            if (await db.Set<User>().IgnoreQueryFilters().FirstOrDefaultAsync(u => u.Id == me.UserId, ct) is not { } user) return TypedResults.Unauthorized();
            var failed = user.FailuresBeforeLastLogin > 0 ? new FailedLoginsDto(user.FailuresBeforeLastLogin, user.LastFailedLoginAt) : null;
            return TypedResults.Ok(new MeResponse(user.UserName, user.DisplayName, user.RoleList, await names.DescribeAsync(user, ct), failed));
        }).WithTags("Auth").WithName("GetMe").WithSummary("当前用户及其单位");
    }
}
