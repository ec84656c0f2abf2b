using System.Security.Claims;
using Dudao.Data;
using Dudao.Modules.Accounts.Authorization;
using Dudao.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Accounts.Login;

/// <summary>
/// Logging out ends every session of the account, on every device and in the API: its security
/// stamp is renewed, so each cookie and token issued before fails on its next request.
/// </summary>
internal static class LogoutEndpoint
{
    /// <summary>POST with the antiforgery token of the layout's logout form, so another site cannot log a user out.</summary>
    public static void MapLogout(this IEndpointRouteBuilder app) =>
        app.MapPost("/logout", async (HttpContext http, IAntiforgery antiforgery, AppDbContext db) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.Content(
                    "<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>退出登录失败</title><body style=\"font-family:sans-serif;padding:2rem\">" +
                    "<h1>退出登录失败</h1><p>页面已过期或请求来源不明，请返回页面刷新后再点“退出登录”。</p><p><a href=\"/staff\">返回工作台</a></p></body></html>",
                    "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }
            await RevokeAsync(http.User, db, http.RequestAborted);
            await http.SignOutAsync(Schemes.Cookie);
            return Results.Redirect("/login");
        }).ExcludeFromDescription();

    /// <summary><c>POST /api/auth/logout</c>: the same for a bearer token's holder (no antiforgery: the API takes no cookies).</summary>
    public static void MapApiLogout(this IEndpointRouteBuilder api) =>
        api.MapPost("/auth/logout", async (HttpContext http, AppDbContext db) =>
        {
            await RevokeAsync(http.User, db, http.RequestAborted);
            return TypedResults.NoContent();
        }).WithTags("Auth").WithName("Logout").WithSummary("退出登录（该账号所有会话失效）");

    private static Task RevokeAsync(ClaimsPrincipal principal, AppDbContext db, CancellationToken ct)
    {
        if (principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id) return Task.CompletedTask;
        var stamp = User.NewSecurityStamp();
        return db.Set<User>().IgnoreQueryFilters().Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, stamp), ct);
    }
}
