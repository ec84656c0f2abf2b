using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Surveys.Questionnaires;

internal static class QuestionnaireEndpoints
{
    public static void MapQuestionnaireEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/surveys/questionnaires").WithTags("Surveys");
        group.MapGet("/", (QuestionnaireService questionnaires, CancellationToken ct) => questionnaires.ListAsync(ct))
            .RequireAuthorization(SurveysPermissions.View).WithName("ListQuestionnaires").WithSummary("可用的问卷（内置、上级和本区域的）");
        group.MapGet("/{id}", (string id, QuestionnaireService questionnaires, CancellationToken ct) => questionnaires.GetAsync(id, ct))
            .RequireAuthorization(SurveysPermissions.View).WithName("GetQuestionnaire").WithSummary("问卷及其题目");
        group.MapPost("/{id}/copy", async (string id, CopyQuestionnaireInput input, QuestionnaireService questionnaires, CancellationToken ct) =>
            {
                var copy = await questionnaires.CopyAsync(id, input, ct);
                return TypedResults.Created($"/api/surveys/questionnaires/{copy.Id}", copy);
            })
            .RequireAuthorization(SurveysPermissions.Manage).WithName("CopyQuestionnaire").WithSummary("复制问卷为本区域的版本以便修改");
        group.MapPut("/{id}/questions", (string id, QuestionsInput input, QuestionnaireService questionnaires, CancellationToken ct) =>
                questionnaires.ReplaceQuestionsAsync(id, input, ct))
            .RequireAuthorization(SurveysPermissions.Manage).WithName("ReplaceQuestionnaireQuestions")
            .WithSummary("整体替换本区域问卷副本的题目（已被监测轮次使用的不能改）");
    }
}
