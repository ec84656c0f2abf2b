using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Inspections.SelfAssessments;

internal static class SelfAssessmentEndpoints
{
    public static void MapSelfAssessmentEndpoints(this IEndpointRouteBuilder api)
    {
        var rounds = api.MapGroup("/self-assessment-rounds").WithTags("Inspections");
        rounds.MapPost("/", async (RoundInput input, SelfAssessmentService service, CancellationToken ct) =>
        {
            var round = await service.OpenAsync(input, ct);
            return Results.Created($"/api/self-assessment-rounds/{round.Id}", round);
        }).RequireAuthorization(InspectionsPermissions.Plan);
        rounds.MapGet("/", (SelfAssessmentService service, CancellationToken ct) => service.ListRoundsAsync(ct)).RequireAuthorization(InspectionsPermissions.Plan);
        rounds.MapGet("/{id}", (string id, SelfAssessmentService service, CancellationToken ct) => service.GetRoundAsync(id, ct))
            .RequireAuthorization(InspectionsPermissions.Plan);

        var group = api.MapGroup("/self-assessments").WithTags("Inspections").RequireAuthorization(InspectionsPermissions.View);
        group.MapGet("/", (SelfAssessmentService service, CancellationToken ct) => service.MineAsync(ct));
        group.MapGet("/{id}", (string id, SelfAssessmentService service, CancellationToken ct) => service.GetAsync(id, ct));
        group.MapPut("/{id}", (string id, SelfAssessmentInput input, SelfAssessmentService service, CancellationToken ct) => service.SaveAsync(id, input, ct))
            .RequireAuthorization(InspectionsPermissions.SelfAssess);
        group.MapGet("/{id}/comparison", (string id, ComparisonService service, CancellationToken ct) => service.CompareAsync(id, ct));
        group.MapGet("/{id}/summary", (string id, SelfSummaryService service, CancellationToken ct) => service.GetAsync(id, ct));
        group.MapPut("/{id}/summary", (string id, SelfSummaryInput input, SelfSummaryService service, CancellationToken ct) => service.SaveAsync(id, input, ct))
            .RequireAuthorization(InspectionsPermissions.SelfAssess);
    }
}
