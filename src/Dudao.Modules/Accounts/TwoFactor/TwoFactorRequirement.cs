using System.Security.Claims;
using Dudao.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dudao.Modules.Accounts.TwoFactor;

/// <summary>
/// With <c>Dudao:Accounts:RequireTwoFactorForAdmins</c> on, an administrator without an
/// authenticator may sign in to the pages only to set one up, and gets no API token.
/// </summary>
internal static class TwoFactorRequirement
{
    public const string PendingClaim = "dudao:mfa_pending";
    public const string EnrolPath = "/staff/account/two-factor";

    public static bool Applies(User user, AccountsOptions options) =>
        options.RequireTwoFactorForAdmins && !user.TwoFactorEnabled && user.RoleList.Contains(Roles.OfficeAdmin);

    /// <summary>Sends a signed-in administrator who still has to enrol to the enrolment page.</summary>
    public static IApplicationBuilder UseTwoFactorEnrolment(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            if (http.User.HasClaim(c => c.Type == PendingClaim)
                && http.Request.Path.StartsWithSegments("/staff", StringComparison.OrdinalIgnoreCase)
                && !http.Request.Path.StartsWithSegments(EnrolPath, StringComparison.OrdinalIgnoreCase))
            {
                http.Response.Redirect(EnrolPath);
                return;
            }
            await next();
        });

    public static ClaimsPrincipal MarkPending(ClaimsPrincipal principal)
    {
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(PendingClaim, "1"));
        return principal;
    }
}
