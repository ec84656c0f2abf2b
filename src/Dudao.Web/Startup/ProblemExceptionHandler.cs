using System.Data.Common;
using System.Text.Json;
using Dudao.Core.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Web.Startup;

/// <summary>
/// Turns every exception into RFC 9457 problem details with a Chinese message: validation and
/// unreadable requests → 400 with <c>errors</c> naming the field, refused imports → 422 with
/// <c>rowErrors</c>, conflicts → 409. Anything unexpected is logged and answered 500 without internals.
/// Pages and downloads get the same as a short page (<see cref="ErrorResponses"/>).
/// </summary>
internal sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (http.Response.HasStarted) return false;
        // A JSON string with a forbidden character reaches here wrapped by the endpoint's body reading, or bare from a handler that reads the body itself.
        if (exception is BadHttpRequestException { InnerException: ForbiddenTextException inner }) exception = inner;
        var problem = exception switch
        {
            ValidationFailedException v => Invalid(v.Errors),
            ForbiddenTextException f => Invalid(new Dictionary<string, string[]> { [f.Field] = [f.Message] }),
            ImportRejectedException r => WithExtension(new ProblemDetails { Status = 422, Title = "导入失败", Detail = r.Message }, "rowErrors", r.RowErrors),
            DomainException d => new ProblemDetails { Status = d.Status, Title = TitleFor(d.Status), Detail = d.Message },
            DbUpdateConcurrencyException => new ProblemDetails { Status = 409, Title = "数据已被他人修改", Detail = "该记录已被其他人修改，请刷新后重试" },
            BadHttpRequestException { InnerException: JsonException j } => Invalid(JsonErrors.For(j)),
            BadHttpRequestException { StatusCode: 413 } => new ProblemDetails { Status = 413, Title = "请求过大", Detail = "上传内容过大" },
            BadHttpRequestException { StatusCode: 415 } => new ProblemDetails { Status = 415, Title = "不支持的内容类型", Detail = UnsupportedType },
            BadHttpRequestException b when BindingErrors.For(b) is { } errors => Invalid(errors),
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = "请求格式有误", Detail = "请求格式有误，请检查必填字段和字段类型" },
            _ when UnstorableText(exception) => new ProblemDetails { Status = 400, Title = "输入有误", Detail = "输入中含有无法保存的字符（如空字符 U+0000），请删除后重试" },
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Path}", http.Request.Path);
            problem = new ProblemDetails { Status = 500, Title = "服务器内部错误", Detail = "服务器处理请求时出错，请稍后重试或联系管理员" };
        }
        await ErrorResponses.WriteAsync(http, problem);
        return true;
    }

    public const string UnsupportedType = "该接口不接受这种内容类型（Content-Type），请以 application/json（UTF-8）提交，上传文件用 multipart/form-data";

    /// <summary>
    /// PostgreSQL refusing a character of the text it was given (U+0000 in a page's form field): the
    /// input's fault, whichever path it came by. Bodies and query values are checked before this.
    /// </summary>
    private static bool UnstorableText(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is DbException { SqlState: "22021" or "22P05" }) return true;
        }
        return false;
    }

    private static ValidationProblemDetails Invalid(IDictionary<string, string[]> errors) =>
        new(errors) { Status = 400, Title = "输入有误", Detail = errors.Select(e => $"{e.Key}: {e.Value.FirstOrDefault()}").FirstOrDefault() };

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
        415 => "不支持的内容类型",
        _ => "请求被拒绝",
    };
}
