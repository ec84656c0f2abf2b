using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Dudao.Modules.Shared.Clients;

namespace Dudao.Modules.Complaints.Protection;

/// <summary>
/// A per-client limit on the public complaint endpoints and form posts
/// (<c>Dudao:Complaints:RateLimit:PermitLimit</c> per <c>…:WindowSeconds</c>). Clients are told
/// apart by an HMAC of their address under a key that changes daily, so neither the address nor a
/// stable pseudonym of it is ever kept; on PostgreSQL every instance counts in the database (<see cref="ClientLimits"/>).
/// </summary>
public static class PublicRateLimit
{
    public const string Policy = "complaints-public";
    public const string Message = "提交过于频繁，请稍后再试。如情况紧急，可拨打当地教育部门监督电话。";

    public static IServiceCollection AddComplaintRateLimit(this IServiceCollection services, IConfiguration config)
    {
        var permits = config.GetValue("Dudao:Complaints:RateLimit:PermitLimit", 10);
        var window = TimeSpan.FromSeconds(config.GetValue("Dudao:Complaints:RateLimit:WindowSeconds", 600));
        services.AddClientLimits();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) => WriteRejectionAsync(context.HttpContext, window, ct);
            o.AddPolicy(Policy, http =>
            {
                // Reading the public pages costs nothing; posting a form and every API call count.
                if (HttpMethods.IsGet(http.Request.Method) && !http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                    return RateLimitPartition.GetNoLimiter("read");
                return ClientLimits.Window(http, Policy, permits, window);
            });
        });
        return services;
    }

    private static async ValueTask WriteRejectionAsync(HttpContext http, TimeSpan window, CancellationToken ct)
    {
        http.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails { Status = 429, Title = "请求过于频繁", Detail = Message },
            });
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            $"<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            $"<title>请求过于频繁</title><link rel=\"stylesheet\" href=\"/css/dudao.css\"><body class=\"status-page\"><h1>请求过于频繁</h1><p>{Message}</p>" +
            $"<p><a href=\"/\">返回首页</a></p></body></html>", ct);
    }
}
