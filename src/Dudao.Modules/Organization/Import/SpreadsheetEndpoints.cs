using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Modules.Shared.Http;
using Dudao.Modules.Shared.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Organization.Import;

/// <summary>A registry's <c>/import</c>, <c>/import-template</c> and <c>/export</c> routes under its group.</summary>
internal static class SpreadsheetEndpoints
{
    private const long MaxUploadBytes = 200L * 1024 * 1024;

    /// <summary>The bearer API: upload plus downloads, named for the document (<paramref name="entities"/> "Schools", <paramref name="noun"/> "学校").</summary>
    /// <remarks>Bearer callers need no antiforgery token.</remarks>
    /// <param name="permission">Who may import: <see cref="OrganizationPermissions.Manage"/> for schools; a sheet may check more itself.</param>
    public static void MapSpreadsheetApi<TSheet, TInput, TEntity>(this RouteGroupBuilder group, string entities, string noun, string permission)
        where TSheet : IImportDefinition<TInput, TEntity> where TEntity : class, IScopeTarget, IVersioned
    {
        group.MapPost("/import", (IFormFile? file, HttpContext http, SpreadsheetImporter importer, CancellationToken ct) =>
                importer.ImportAsync(Sheet<TSheet>(http), file, ct))
            .RequireAuthorization(permission)
            .DisableAntiforgery()
            // A national sheet (~400 000 institutions) is larger than the server's default 30 MB.
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes))
            .ProducesImportRefusal()
            .WithName($"Import{entities}").WithSummary($"导入{noun}名录（.xlsx，有错则整份不写入）");
        var (template, export) = group.MapSpreadsheetDownloads<TSheet, TInput, TEntity>();
        template.WithName($"Get{entities}ImportTemplate").WithSummary($"下载{noun}导入模板");
        export.WithName($"Export{entities}").WithSummary($"导出{noun}名录");
    }

    /// <summary>The template and the export, for the API and for signed-in pages (links in the staff UI).</summary>
    public static (RouteHandlerBuilder Template, RouteHandlerBuilder Export) MapSpreadsheetDownloads<TSheet, TInput, TEntity>(this RouteGroupBuilder group)
        where TSheet : IImportDefinition<TInput, TEntity> where TEntity : class, IScopeTarget, IVersioned
    {
        var template = group.MapGet("/import-template", (HttpContext http, SpreadsheetExporter exporter) =>
            {
                var sheet = Sheet<TSheet>(http);
                return Results.File(SpreadsheetExporter.Template(sheet), XlsxWriter.ContentType, $"{sheet.Noun}导入模板.xlsx");
            })
            .RequireAuthorization(OrganizationPermissions.View)
            .ProducesFile(XlsxWriter.ContentType);
        var export = group.MapGet("/export", async (string? regionCode, HttpContext http, SpreadsheetExporter exporter, CancellationToken ct) =>
            {
                var sheet = Sheet<TSheet>(http);
                return Results.File(await exporter.ExportAsync(sheet, regionCode, ct), XlsxWriter.ContentType, $"{sheet.Noun}名录.xlsx");
            })
            .RequireAuthorization(OrganizationPermissions.View)
            .ProducesFile(XlsxWriter.ContentType);
        return (template, export);
    }

    // Resolved by hand: the route-handler analyzer cannot follow handler parameters of a generic type.
    private static TSheet Sheet<TSheet>(HttpContext http) where TSheet : notnull => http.RequestServices.GetRequiredService<TSheet>();
}
