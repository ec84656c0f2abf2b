namespace Dudao.Web.Startup;

/// <summary>
/// Headers every response carries, pages, API answers, files and errors alike (ADR-044). Set when
/// the response starts, so an error page written after the exception handler cleared the
/// response still has them.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Scripts and styles only from this site's files: no inline script, event handler or style
    /// attribute runs. Tabler's CSS draws its icons from data: URIs.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(http);
    });
}
