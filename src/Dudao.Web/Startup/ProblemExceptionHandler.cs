using Dudao.Core.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Web.Startup;

/// <summary>
/// Turns every exception into RFC 9457 problem details with a Chinese message: validation → 400
/// with <c>errors</c>, refused imports → 422 with <c>rowErrors</c>, conflicts → 409. Anything
/// unexpected is logged and answered 500 without internals.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        // A JSON string with a forbidden character reaches here wrapped by the endpoint's body reading, or bare from a handler that reads the body itself.
        if (exception is BadHttpRequestException { InnerException: ForbiddenTextException inner }) exception = inner;
        var problem = exception switch
        {
            ValidationFailedException v => Invalid(v.Errors),
            ForbiddenTextException f => Invalid(new Dictionary<string, string[]> { [f.Field] = [f.Message] }),
            ImportRejectedException r => WithExtension(new ProblemDetails { Status = 422, Title = "导入失败", Detail = r.Message }, "rowErrors", r.RowErrors),
            DomainException d => new ProblemDetails { Status = d.Status, Title = TitleFor(d.Status), Detail = d.Message },
            DbUpdateConcurrencyException => new ProblemDetails { Status = 409, Title = "数据已被他人修改", Detail = "该记录已被其他人修改，请刷新后重试" },
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = "请求格式有误", Detail = BadRequestMessage(b) },
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Path}", http.Request.Path);
            problem = new ProblemDetails { Status = 500, Title = "服务器内部错误", Detail = "服务器处理请求时出错，请稍后重试或联系管理员" };
        }

        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static ValidationProblemDetails Invalid(IDictionary<string, string[]> errors) =>
        new(errors) { Status = 400, Title = "输入有误", Detail = FirstMessage(errors) };

    private static string? FirstMessage(IDictionary<string, string[]> errors) =>
        errors.Select(e => $"{e.Key}: {e.Value.FirstOrDefault()}").FirstOrDefault();

    private static ProblemDetails WithExtension(ProblemDetails p, string key, object value)
    {
        p.Extensions[key] = value;
        return p;
    }

    private static string TitleFor(int status) => status switch
    {
        403 => "无权操作",
        404 => "未找到",
        409 => "冲突",
        _ => "请求被拒绝",
    };

    private static string BadRequestMessage(BadHttpRequestException b) => b.StatusCode switch
    {
        413 => "上传内容过大",
        415 => "不支持的内容类型",
        _ => b.InnerException is System.Text.Json.JsonException j
            ? $"JSON 格式或字段类型有误：{j.Path}"
            : "请求格式有误，请检查必填字段和字段类型",
    };
}
