using Dudao.Modules.Accounts.Authorization;
using Microsoft.AspNetCore.Authentication;

namespace Dudao.Web.Startup;

/// <summary>
/// The OpenAPI document (<c>/openapi</c>) and the API reference page (<c>/api-docs</c>) describe
/// every endpoint, so outside Development only signed-in users (page cookie or bearer token) get
/// them. <c>Dudao:OpenApi:RequireLogin</c> overrides the default either way.
/// </summary>
internal static class ApiDocsAccess
{
    public const string Setting = "Dudao:OpenApi:RequireLogin";

    /// <summary>Runs before the static files, which serve the reference page.</summary>
    public static IApplicationBuilder UseApiDocsAccess(this WebApplication app)
    {
        if (!app.Configuration.GetValue(Setting, !app.Environment.IsDevelopment())) return app;
        return app.UseWhen(http => http.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase) || http.Request.Path.StartsWithSegments("/api-docs", StringComparison.OrdinalIgnoreCase),
            branch => branch.Use(async (http, next) =>
            {
                if ((await http.AuthenticateAsync(Schemes.Cookie)).Succeeded || (await http.AuthenticateAsync(Schemes.Bearer)).Succeeded)
                {
                    await next(http);
                    return;
                }
                // A browser opening the reference page goes to the login page and back; a client fetching the document gets 401.
                if (http.Request.Path.StartsWithSegments("/api-docs", StringComparison.OrdinalIgnoreCase)) await http.ChallengeAsync(Schemes.Cookie);
                else http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            }));
    }
}
