using System.Globalization;
using System.Threading.RateLimiting;
using Dudao.Modules.Shared.Clients;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Accounts.Login;

/// <summary>
/// Login attempts per client (<c>Dudao:Accounts:LoginRateLimit:PermitLimit</c> per
/// <c>…:WindowSeconds</c>, default 20 a minute), on the API and on posts of the login form; a
/// client past the limit gets 429 before any account is looked up. Clients are told apart as the
/// public complaint limit does: a keyed hash of the address, which is never kept; counted across
/// instances on PostgreSQL (<see cref="ClientLimits"/>).
/// </summary>
internal sealed class LoginRateLimit(int permits, TimeSpan window) : IRateLimiterPolicy<string>
{
    public const string Policy = "login";
    public const string Message = "登录尝试过于频繁，请稍后再试";

    public static void Register(IServiceCollection services, IConfiguration config)
    {
        var policy = new LoginRateLimit(
            config.GetValue("Dudao:Accounts:LoginRateLimit:PermitLimit", 20),
            TimeSpan.FromSeconds(config.GetValue("Dudao:Accounts:LoginRateLimit:WindowSeconds", 60)));
        services.AddClientLimits();
        services.AddRateLimiter(o => o.AddPolicy(Policy, policy));
    }

    public RateLimitPartition<string> GetPartition(HttpContext http)
    {
        // Showing the login form costs nothing; every posted attempt counts.
        if (!HttpMethods.IsPost(http.Request.Method)) return RateLimitPartition.GetNoLimiter("read");
        return ClientLimits.Window(http, Policy, permits, window);
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask> OnRejected => async (context, ct) =>
    {
        var http = context.HttpContext;
        var wait = $"请{Math.Max(1, (int)Math.Ceiling(window.TotalMinutes))}分钟后再试";
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails { Status = 429, Title = "登录过于频繁", Detail = $"{Message}，{wait}" },
            });
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            "<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            $"<title>登录过于频繁</title><body style=\"font-family:sans-serif;padding:1rem\"><h1>登录过于频繁</h1><p>{Message}，{wait}。</p>" +
            "<p><a href=\"/login\">返回登录页</a></p></body></html>", ct);
    };
}
