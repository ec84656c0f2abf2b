using Microsoft.AspNetCore.Diagnostics;

namespace Dudao.Web.Startup;

/// <summary>Empty error responses get a Chinese body: problem details for the API, a short page otherwise.</summary>
internal static class StatusCodePages
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var (title, detail) = http.Response.StatusCode switch
        {
            401 => ("未登录", "请先登录"),
            403 => ("无权访问", "您没有执行此操作的权限"),
            404 => ("未找到", "请求的页面或记录不存在，或不在您的数据范围内"),
            405 => ("方法不允许", "不支持该请求方法"),
            _ => ("请求失败", $"状态码 {http.Response.StatusCode}"),
        };
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = http.Response.StatusCode, Title = title, Detail = detail },
            });
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>{title}</title><link rel=\"stylesheet\" href=\"/css/dudao.css\"><body class=\"status-page\"><h1>{title}</h1><p>{detail}</p><p><a href=\"/\">返回首页</a></p></body></html>");
    }
}
