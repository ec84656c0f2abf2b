using System.Security.Claims;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Data.Scope;
using Dudao.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Accounts.Identity;

/// <summary>
/// Refuses a cookie or token whose security stamp is no longer the account's: a role change, a
/// disabled account, a new password, a two-factor reset or a logout renew the stamp, and every
/// cookie and token issued before fails on its next request. One primary-key read per request,
/// uncached, so no instance can admit a request after the change. The same read brings the
/// account's display name, which may change without ending sessions, and whether a dated scope
/// grant is in force today, for <see cref="HttpCurrentUser"/>.
/// </summary>
internal static class SessionCheck
{
    /// <summary>The <see cref="HttpContext.Items"/> key of the caller's current display name.</summary>
    public const string DisplayNameItem = "dudao:display-name";

    /// <summary>Set when the caller holds a scope grant in force today (ADR-112): read with the account, uncached, so it ends at midnight on every instance.</summary>
    public const string GrantedItem = "dudao:granted";

    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        if (await IsCurrentAsync(context.Principal, context.HttpContext)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }

    /// <summary>The bearer handler has no hook after it opens the token, so this opens it first.</summary>
    public static async Task ValidateBearerAsync(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return;
        var ticket = context.Options.BearerTokenProtector.Unprotect(header["Bearer ".Length..].Trim());
        if (ticket is null) return; // the handler refuses it as it would anyway
        if (!await IsCurrentAsync(ticket.Principal, context.HttpContext)) context.Fail("The token was revoked.");
    }

    private static async Task<bool> IsCurrentAsync(ClaimsPrincipal? principal, HttpContext http)
    {
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal?.FindFirstValue(DudaoClaims.Stamp);
        if (id is null || stamp is null) return false;
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var today = http.RequestServices.GetRequiredService<TimeProvider>().Today();
        var account = await db.Set<User>().IgnoreQueryFilters()
            .Where(u => u.Id == id && u.SecurityStamp == stamp && u.IsActive)
            .Select(u => new { u.DisplayName, Granted = db.Set<ScopeGrant>().Any(g => g.UserId == u.Id && g.ValidFrom <= today && g.ValidTo >= today) })
            .FirstOrDefaultAsync(http.RequestAborted);
        if (account is null) return false;
        http.Items[DisplayNameItem] = account.DisplayName;
        if (account.Granted) http.Items[GrantedItem] = true;
        return true;
    }
}
