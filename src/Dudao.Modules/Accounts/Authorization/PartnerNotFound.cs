using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Accounts.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Dudao.Modules.Accounts.Authorization;

/// <summary>
/// A partner agency's account (ADR-113) is told of nothing beyond its joint team: where another account
/// would be refused (403, or the cookie's "no access" page), it gets 404, as for a page that does not exist.
/// </summary>
internal sealed class PartnerNotFound : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.FindFirst(DudaoClaims.OrgKind)?.Value == OrgKinds.Partner)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
