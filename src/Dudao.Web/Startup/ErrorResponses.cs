using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;

namespace Dudao.Web.Startup;

/// <summary>
/// Writes an error in a form the caller can read: RFC 9457 problem details under <c>/api</c> whatever
/// the Accept header asks for (a client accepting only text/html still gets its 4xx, not a failure to
/// write it), and a short Chinese page elsewhere (pages, downloads), listing each field's messages.
/// </summary>
internal static class ErrorResponses
{
    public static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static async Task WriteAsync(HttpContext http, ProblemDetails problem)
    {
        http.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (IsApi(http))
        {
            // Writes through the problem details service when the client accepts JSON, and as JSON regardless otherwise.
            await TypedResults.Problem(problem).ExecuteAsync(http);
            return;
        }
        await WritePageAsync(http, problem);
    }

    private static async Task WritePageAsync(HttpContext http, ProblemDetails problem)
    {
        var html = http.RequestServices.GetRequiredService<HtmlEncoder>();
        var messages = problem is ValidationProblemDetails v ? v.Errors.SelectMany(e => e.Value) : [];
        var items = string.Concat(messages.Select(m => $"<li>{html.Encode(m)}</li>"));
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            $"<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>{html.Encode(problem.Title ?? "")}</title><link rel=\"stylesheet\" href=\"/css/dudao.css\">"
            + $"<body class=\"status-page\"><h1>{html.Encode(problem.Title ?? "")}</h1>"
            + (items.Length > 0 ? $"<ul>{items}</ul>" : $"<p>{html.Encode(problem.Detail ?? "")}</p>")
            + "<p><a href=\"/\">返回首页</a></p></body></html>");
    }
}
