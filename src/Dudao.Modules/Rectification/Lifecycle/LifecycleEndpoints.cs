using Dudao.Modules.Platform.Files;
using Dudao.Modules.Rectification.Ledger;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Rectification.Lifecycle;

/// <summary>A problem's steps after it is registered: plan, evidence, verification, follow-up.</summary>
internal static class LifecycleEndpoints
{
    public static void MapLifecycleEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/problems").WithTags("Rectification").RequireAuthorization(RectificationPermissions.View);
        group.MapPost("/{id}/plan", (string id, StepInput input, LifecycleService lifecycle, CancellationToken ct) => lifecycle.PlanAsync(id, input, ct))
            .WithName("SubmitProblemPlan").WithSummary("报送整改方案");
        group.MapPost("/{id}/evidence", SubmitEvidence).DisableAntiforgery().Accepts<StepInput>("application/json", "multipart/form-data")
            .WithName("SubmitProblemEvidence").WithSummary("报送整改佐证（可附文件）");
        group.MapPost("/{id}/verify", (string id, VerifyInput input, LifecycleService lifecycle, CancellationToken ct) => lifecycle.VerifyAsync(id, input, ct))
            .WithName("VerifyProblem").WithSummary("验收整改（不通过则退回）");
        group.MapPost("/{id}/follow-up", (string id, VerifyInput input, LifecycleService lifecycle, CancellationToken ct) => lifecycle.FollowUpAsync(id, input, ct))
            .WithName("FollowUpProblem").WithSummary("销号后回访复查");
    }

    /// <summary>Evidence as JSON <c>{ note, version }</c>, or as a multipart form with <c>note</c>, <c>version</c> and files under <c>files</c>.</summary>
    private static async Task<Ok<ProblemDto>> SubmitEvidence(string id, HttpRequest request, LifecycleService lifecycle, CancellationToken ct)
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
