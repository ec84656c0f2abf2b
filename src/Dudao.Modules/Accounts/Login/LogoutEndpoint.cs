using Dudao.Modules.Accounts.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Accounts.Login;

internal static class LogoutEndpoint
{
    /// <summary>POST with the antiforgery token of the layout's logout form.</summary>
    public static void MapLogout(this IEndpointRouteBuilder app) =>
        app.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(Schemes.Cookie);
            return Results.Redirect("/login");
        }).ExcludeFromDescription();
}
