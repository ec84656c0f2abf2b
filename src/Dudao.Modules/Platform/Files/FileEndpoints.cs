using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Platform.Files;

internal static class FileEndpoints
{
    /// <summary>
    /// Downloads: always as an attachment with the type detected at upload and nosniff, so an
    /// uploaded file is never rendered as a page of this site.
    /// </summary>
    public static RouteHandlerBuilder MapFileDownload(this IEndpointRouteBuilder routes, string pattern) =>
        routes.MapGet(pattern, async (string id, FileStore files, HttpContext http, CancellationToken ct) =>
        {
            var (file, content) = await files.OpenAsync(id, ct);
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(content, file.ContentType, file.FileName);
        }).ProducesFile("application/octet-stream");
}
