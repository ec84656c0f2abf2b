using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Accounts.Login;

internal sealed record MeResponse(string UserName, string DisplayName, IReadOnlyList<string> Roles, OrgUnitDto OrgUnit);

internal static class MeEndpoints
{
    public static void MapMeEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/me", async (ICurrentUser me, AppDbContext db, OrgUnitNames names, CancellationToken ct) =>
        {
            var user = await db.Set<User>().IgnoreQueryFilters().SingleAsync(u => u.Id == me.UserId, ct);
            return new MeResponse(user.UserName, user.DisplayName, user.RoleList, await names.DescribeAsync(user, ct));
        }).WithTags("Auth");
    }
}
