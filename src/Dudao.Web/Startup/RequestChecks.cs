using Dudao.Core.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Dudao.Web.Startup;

/// <summary>
/// Refuses, before any endpoint binds it, what the framework or the database would fail on rather
/// than refuse: a JSON body declared in a charset other than UTF-8 (JSON between systems is UTF-8,
/// RFC 8259 §8.1; an unknown charset otherwise escapes as a server error), and U+0000 in a query
/// value (PostgreSQL cannot compare text with it; no code, name or date contains it).
/// </summary>
internal static class RequestChecks
{
    public static IApplicationBuilder UseRequestChecks(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (Refusal(http.Request) is { } problem) await ErrorResponses.WriteAsync(http, problem);
        else await next(http);
    });

    private static ProblemDetails? Refusal(HttpRequest request)
    {
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && IsJson(type) && type.Charset.HasValue && !IsUtf8(type.Charset.ToString().Trim('"')))
            return new ProblemDetails { Status = StatusCodes.Status415UnsupportedMediaType, Title = "不支持的字符集", Detail = "JSON 请求须使用 UTF-8 编码（charset=utf-8）" };

        var errors = new ValidationErrors();
        foreach (var (name, values) in request.Query)
        {
            if (values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true) || name.Contains('\0', StringComparison.Ordinal)) errors.Add(name.Replace("\0", "", StringComparison.Ordinal), "不能含有空字符（%00）");
        }
        return errors.Any
            ? new ValidationProblemDetails(errors.ToDictionary()) { Status = StatusCodes.Status400BadRequest, Title = "输入有误", Detail = "查询参数不能含有空字符（%00）" }
            : null;
    }

    private static bool IsUtf8(string charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private static bool IsJson(MediaTypeHeaderValue type) =>
        type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
}
