using Dudao.Core.Errors;
using Dudao.Modules.Indicators.Domain;
using Dudao.Modules.Shared.Http;
using Dudao.Modules.Shared.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Indicators.Templates;

internal static class TemplateEndpoints
{
    public static void MapTemplateEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/indicator-templates").WithTags("Indicators");
        group.MapGet("/", (TemplateService templates, CancellationToken ct) => templates.ListAsync(ct))
            .RequireAuthorization(IndicatorsPermissions.View).WithName("ListIndicatorTemplates").WithSummary("督导指标体系列表");
        group.MapGet("/{id}", async (string id, string? @for, TemplateService templates, CancellationToken ct) =>
            {
                var tree = await templates.LoadAsync(id, ct);
                return (string.IsNullOrWhiteSpace(@for) ? tree : tree.For(TargetOf(@for))).ToDto();
            })
            .RequireAuthorization(IndicatorsPermissions.View).WithName("GetIndicatorTemplate").WithSummary("指标体系及其指标树");
        group.MapPost("/{id}/copy", async (string id, CopyTemplateInput input, TemplateService templates, CancellationToken ct) =>
        {
            var copy = await templates.CopyAsync(id, input, ct);
            return TypedResults.Created($"/api/indicator-templates/{copy.Id}", copy);
        }).RequireAuthorization(IndicatorsPermissions.Manage).WithName("CopyIndicatorTemplate").WithSummary("复制指标体系以便修改");
        group.MapPost("/{id}/import", async (string id, IFormFile? file, TemplateService templates, CancellationToken ct) =>
                (await ImportAsync(id, file, templates, ct)).ToDto())
            .RequireAuthorization(IndicatorsPermissions.Manage)
            .DisableAntiforgery()
            .ProducesImportRefusal()
            .WithName("ImportIndicatorTemplate").WithSummary("从 .xlsx 导入指标（有错则整份不写入）");
        group.MapTemplateExport().WithName("ExportIndicatorTemplate").WithSummary("导出指标体系（.xlsx）");
    }

    /// <summary>The export, for the API and for signed-in pages.</summary>
    public static RouteHandlerBuilder MapTemplateExport(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id}/export", async (string id, TemplateService templates, CancellationToken ct) =>
        {
            var tree = await templates.LoadAsync(id, ct);
            return Results.File(TemplateSheet.Export(tree), XlsxWriter.ContentType, $"{tree.Template.Name}-{tree.Template.Year}.xlsx");
        }).RequireAuthorization(IndicatorsPermissions.View).ProducesFile(XlsxWriter.ContentType);

    /// <summary>"?for=school": only the items a school is checked on (institution, government likewise).</summary>
    public static string TargetOf(string value) => IndicatorTargets.All.Contains(value.Trim())
        ? value.Trim()
        : throw ValidationFailedException.For("for", Check.NotOneOfCodes("适用对象", IndicatorTargets.All));

    public static async Task<TemplateTree> ImportAsync(string id, IFormFile? file, TemplateService templates, CancellationToken ct)
    {
        if (file is null || file.Length == 0) throw ValidationFailedException.For("file", "请选择要导入的 .xlsx 文件");
        var template = (await templates.LoadAsync(id, ct)).Template;
        await using var stream = file.OpenReadStream();
        var (nodes, bands) = templates.ReadSheet(stream, id, template.TargetKind);
        return await templates.ReplaceNodesAsync(id, nodes, bands, ct);
    }
}
