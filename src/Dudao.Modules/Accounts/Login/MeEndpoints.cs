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
            // Who the caller is comes from the sign-in; only the failures the last login found are read from the account.
            // The session check refuses a deleted account's token already; this keeps a race from becoming a 500.
            var failures = await db.Set<User>().IgnoreQueryFilters().Where(u => u.Id == me.UserId)
                .Select(u => new { u.FailuresBeforeLastLogin, u.LastFailedLoginAt }).FirstOrDefaultAsync(ct);
            if (failures is null) return TypedResults.Unauthorized();
            var failed = failures.FailuresBeforeLastLogin > 0 ? new FailedLoginsDto(failures.FailuresBeforeLastLogin, failures.LastFailedLoginAt) : null;
            return TypedResults.Ok(new MeResponse(me.UserName, me.DisplayName, me.Roles, await names.DescribeAsync(me, ct), failed));
        }).WithTags("Auth").WithName("GetMe").WithSummary("当前用户及其单位");
    }
}
