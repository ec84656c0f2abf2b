using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Dudao.Web.Startup;

/// <summary>Empty error responses get a Chinese body: problem details for the API, a short page otherwise.</summary>
internal static class StatusCodePages
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var (title, detail) = status switch
        {
            401 => ("未登录", "请先登录"),
            403 => ("无权访问", "您没有执行此操作的权限"),
            404 => ("未找到", "请求的页面或记录不存在，或不在您的数据范围内"),
            405 => ("方法不允许", "不支持该请求方法"),
            415 => ("不支持的内容类型", ProblemExceptionHandler.UnsupportedType),
            _ => ("请求失败", $"状态码 {status}"),
        };
        return ErrorResponses.WriteAsync(http, new ProblemDetails { Status = status, Title = title, Detail = detail });
    }
}
