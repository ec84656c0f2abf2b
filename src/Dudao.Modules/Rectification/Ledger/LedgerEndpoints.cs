using Dudao.Core.Paging;
using Dudao.Modules.Shared.Http;
using Dudao.Modules.Shared.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Rectification.Ledger;

internal static class LedgerEndpoints
{
    public static void MapLedgerEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/problems").WithTags("Rectification").RequireAuthorization(RectificationPermissions.View);
        group.MapGet("/", ([AsParameters] ProblemFilter filter, [AsParameters] PageQuery paging, LedgerService ledger, CancellationToken ct) =>
            ledger.ListAsync(filter, paging.Request, ct)).WithName("ListProblems").WithSummary("整改台账");
        group.MapGet("/export", ExportLedger).ProducesFile(XlsxWriter.ContentType).WithName("ExportProblems").WithSummary("导出整改台账（.xlsx）");
        group.MapGet("/{id}", (string id, LedgerService ledger, CancellationToken ct) => ledger.GetAsync(id, ct))
            .WithName("GetProblem").WithSummary("问题详情");
        group.MapGet("/{id}/history", (string id, LedgerService ledger, CancellationToken ct) => ledger.DetailAsync(id, ct))
            .WithName("GetProblemHistory").WithSummary("问题详情及整改经过");
        group.MapPost("/", async (ProblemInput input, LedgerService ledger, CancellationToken ct) =>
        {
            var created = await ledger.CreateAsync(input, ct);
            return TypedResults.Created($"/api/problems/{created.Id}", created);
        }).RequireAuthorization(RectificationPermissions.Manage).WithName("CreateProblem").WithSummary("登记问题");
    }

    /// <summary>The export for the staff pages, signed in with the page cookie.</summary>
    public static void MapProblemPageDownloads(this RouteGroupBuilder staff) =>
        staff.MapGet("/problems/export", ExportLedger).RequireAuthorization(RectificationPermissions.View);

    private static IResult ExportLedger([AsParameters] ProblemFilter filter, LedgerExport export) =>
        Results.File(export.Export(filter), XlsxWriter.ContentType, "整改台账.xlsx");
}
