using Dudao.Core.Paging;
using Dudao.Modules.Platform.Files;
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

        group.MapPost("/{id}/plan", (string id, StepInput input, LifecycleService lifecycle, CancellationToken ct) => lifecycle.PlanAsync(id, input, ct))
            .WithName("SubmitProblemPlan").WithSummary("报送整改方案");
        group.MapPost("/{id}/evidence", SubmitEvidence).DisableAntiforgery().Accepts<StepInput>("application/json", "multipart/form-data")
            .WithName("SubmitProblemEvidence").WithSummary("报送整改佐证（可附文件）");
        group.MapPost("/{id}/verify", (string id, VerifyInput input, LifecycleService lifecycle, CancellationToken ct) => lifecycle.VerifyAsync(id, input, ct))
            .WithName("VerifyProblem").WithSummary("验收整改（不通过则退回）");
        group.MapPost("/{id}/follow-up", (string id, VerifyInput input, LifecycleService lifecycle, CancellationToken ct) => lifecycle.FollowUpAsync(id, input, ct))
            .WithName("FollowUpProblem").WithSummary("销号后回访复查");
    }

    /// <summary>The export for the staff pages, signed in with the page cookie.</summary>
    public static void MapProblemPageDownloads(this RouteGroupBuilder staff) =>
        staff.MapGet("/problems/export", ExportLedger).RequireAuthorization(RectificationPermissions.View);

    private static IResult ExportLedger([AsParameters] ProblemFilter filter, LedgerExport export) =>
        Results.File(export.Export(filter), XlsxWriter.ContentType, "整改台账.xlsx");

    /// <summary>Evidence as JSON <c>{ note, version }</c>, or as a multipart form with <c>note</c>, <c>version</c> and files under <c>files</c>.</summary>
    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<ProblemDto>> SubmitEvidence(string id, HttpRequest request, LifecycleService lifecycle, CancellationToken ct)
    {
        StepInput input;
        IReadOnlyList<Upload> uploads = [];
        if (request.HasFormContentType)
        {
            var form = await RequestBodies.ReadFormAsync(request, ct);
            input = new StepInput(form["note"], int.TryParse(form["version"], out var v) ? v : null);
            uploads = Upload.From(form.Files);
        }
        else
        {
            input = await RequestBodies.ReadJsonAsync<StepInput>(request, ct);
        }
        return TypedResults.Ok(await lifecycle.EvidenceAsync(id, input, uploads, ct));
    }
}
