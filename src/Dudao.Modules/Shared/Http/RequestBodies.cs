using System.Text.Json;
using Dudao.Core.Errors;
using Microsoft.AspNetCore.Http;

namespace Dudao.Modules.Shared.Http;

/// <summary>
/// Bodies that an endpoint reads itself (because it takes JSON or a form with files), refused the
/// way a bound body is: 415 for another content type, 400 naming the body when it cannot be read.
/// The framework's own readers throw errors that would otherwise surface as 500.
/// </summary>
public static class RequestBodies
{
    public static async Task<T> ReadJsonAsync<T>(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasJsonContentType()) throw Unsupported(request);
        try
        {
            return await request.ReadFromJsonAsync<T>(ct) ?? throw ValidationFailedException.For(Body, "请求体不能为空（null），请提交 JSON 对象");
        }
        catch (JsonException e)
        {
            // Reported like a bound body that failed to read: 400 naming the field.
            throw new BadHttpRequestException("Malformed JSON body", e);
        }
    }

    public static async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType) throw Unsupported(request);
        try
        {
            return await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException and not BadHttpRequestException)
        {
            // No boundary, or a body cut short; a body over the size limit stays the framework's 413.
            throw ValidationFailedException.For(Body, "表单格式有误：multipart 请求缺少 boundary，或内容不完整");
        }
    }

    private const string Body = "body";

    private static DomainException Unsupported(HttpRequest request) =>
        new(StatusCodes.Status415UnsupportedMediaType, string.IsNullOrEmpty(request.ContentType)
            ? "请求缺少内容类型（Content-Type），请以 application/json 提交，附文件时用 multipart/form-data"
            : "不支持该内容类型（Content-Type），请以 application/json 提交，附文件时用 multipart/form-data");
}
