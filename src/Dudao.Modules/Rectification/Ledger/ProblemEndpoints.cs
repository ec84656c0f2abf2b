using Dudao.Core.Paging;
using Dudao.Modules.Rectification.Lifecycle;
using Dudao.Modules.Shared.Http;
using Dudao.Modules.Shared.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Rectification.Ledger;

internal static class ProblemEndpoints
{
    public static void MapProblemEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/problems").WithTags("Rectification").RequireAuthorization(RectificationPermissions.View);
        group.MapGet("/", (string? regionCode, string? status, bool? overdue, string? source, string? category, string? targetKind, string? targetId,
                string? q, int? page, int? pageSize, LedgerService ledger, CancellationToken ct) =>
            ledger.ListAsync(new ProblemFilter(regionCode, status, overdue, source, category, targetKind, targetId, q), PageRequest.Of(page, pageSize), ct));
        group.MapGet("/export", ExportLedger);
        group.MapGet("/{id}", (string id, LedgerService ledger, CancellationToken ct) => ledger.GetAsync(id, ct));
        group.MapGet("/{id}/history", (string id, LedgerService ledger, CancellationToken ct) => ledger.DetailAsync(id, ct));
        group.MapPost("/", async (ProblemInput input, LedgerService ledger, CancellationToken ct) =>
        {
            var created = await ledger.CreateAsync(input, ct);
            return Results.Created($"/api/problems/{created.Id}", created);
        }).RequireAuthorization(RectificationPermissions.Manage);

        group.MapPost("/{id}/plan", (string id, StepInput input, LifecycleService lifecycle, CancellationToken ct) => lifecycle.PlanAsync(id, input, ct));
        group.MapPost("/{id}/evidence", SubmitEvidence).DisableAntiforgery().Accepts<StepInput>("application/json", "multipart/form-data");
        group.MapPost("/{id}/verify", (string id, VerifyInput input, LifecycleService lifecycle, CancellationToken ct) => lifecycle.VerifyAsync(id, input, ct));
        group.MapPost("/{id}/follow-up", (string id, VerifyInput input, LifecycleService lifecycle, CancellationToken ct) => lifecycle.FollowUpAsync(id, input, ct));
    }

    /// <summary>The export for the staff pages, signed in with the page cookie.</summary>
    public static void MapProblemPageDownloads(this RouteGroupBuilder staff) =>
        staff.MapGet("/problems/export", ExportLedger).RequireAuthorization(RectificationPermissions.View);

    private static IResult ExportLedger(string? regionCode, string? status, bool? overdue, string? source, string? category, string? q,
        string? targetKind, string? targetId, LedgerExport export) =>
        Results.File(export.Export(new ProblemFilter(regionCode, status, overdue, source, category, targetKind, targetId, q)), XlsxWriter.ContentType, "整改台账.xlsx");

    /// <summary>Evidence as JSON <c>{ note, version }</c>, or as a multipart form with <c>note</c>, <c>version</c> and files under <c>files</c>.</summary>
    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<ProblemDto>> SubmitEvidence(string id, HttpRequest request, LifecycleService lifecycle, CancellationToken ct)
    {
        StepInput input;
        IReadOnlyList<UploadedFile> uploads = [];
        if (request.HasFormContentType)
        {
            var form = await RequestBodies.ReadFormAsync(request, ct);
            input = new StepInput(form["note"], int.TryParse(form["version"], out var v) ? v : null);
            uploads = form.Files.Select(f => new UploadedFile(f.FileName, f.OpenReadStream)).ToList();
        }
        else
        {
            input = await RequestBodies.ReadJsonAsync<StepInput>(request, ct);
        }
        return TypedResults.Ok(await lifecycle.EvidenceAsync(id, input, uploads, ct));
    }
}
