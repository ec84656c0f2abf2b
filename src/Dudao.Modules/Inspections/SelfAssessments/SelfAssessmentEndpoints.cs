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
            return TypedResults.Created($"/api/self-assessment-rounds/{round.Id}", round);
        }).RequireAuthorization(InspectionsPermissions.Plan).WithName("OpenSelfAssessmentRound").WithSummary("发起一轮自评");
        rounds.MapGet("/", (SelfAssessmentService service, CancellationToken ct) => service.ListRoundsAsync(ct))
            .RequireAuthorization(InspectionsPermissions.Plan).WithName("ListSelfAssessmentRounds").WithSummary("自评轮次列表");
        rounds.MapGet("/{id}", (string id, SelfAssessmentService service, CancellationToken ct) => service.GetRoundAsync(id, ct))
            .RequireAuthorization(InspectionsPermissions.Plan).WithName("GetSelfAssessmentRound").WithSummary("自评轮次及各单位进度");

        var group = api.MapGroup("/self-assessments").WithTags("Inspections").RequireAuthorization(InspectionsPermissions.View);
        group.MapGet("/", (SelfAssessmentService service, CancellationToken ct) => service.MineAsync(ct)).WithName("ListSelfAssessments").WithSummary("我能看到的自评");
        group.MapGet("/{id}", (string id, SelfAssessmentService service, CancellationToken ct) => service.GetAsync(id, ct))
            .WithName("GetSelfAssessment").WithSummary("自评详情");
        group.MapPut("/{id}", (string id, SelfAssessmentInput input, SelfAssessmentService service, CancellationToken ct) => service.SaveAsync(id, input, ct))
            .RequireAuthorization(InspectionsPermissions.SelfAssess).WithName("SaveSelfAssessment").WithSummary("填写或提交自评");
        group.MapGet("/{id}/comparison", (string id, ComparisonService service, CancellationToken ct) => service.CompareAsync(id, ct))
            .WithName("CompareSelfAssessment").WithSummary("自评与督导评分对照");
        group.MapGet("/{id}/summary", (string id, SelfSummaryService service, CancellationToken ct) => service.GetAsync(id, ct))
            .WithName("GetSelfAssessmentSummary").WithSummary("自评报告");
        group.MapPut("/{id}/summary", (string id, SelfSummaryInput input, SelfSummaryService service, CancellationToken ct) => service.SaveAsync(id, input, ct))
            .RequireAuthorization(InspectionsPermissions.SelfAssess).WithName("SaveSelfAssessmentSummary").WithSummary("填写自评报告");
    }
}
