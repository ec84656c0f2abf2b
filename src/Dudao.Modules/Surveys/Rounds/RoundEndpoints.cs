using Dudao.Modules.Surveys.Answering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Surveys.Rounds;

internal static class RoundEndpoints
{
    public static void MapRoundEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/surveys/rounds").WithTags("Surveys");
        group.MapGet("/", (RoundService rounds, CancellationToken ct) => rounds.ListAsync(ct))
            .RequireAuthorization(SurveysPermissions.View).WithName("ListSurveyRounds").WithSummary("问卷监测轮次列表（本级、上级和下级发起的）");
        group.MapPost("/", async (RoundInput input, RoundService rounds, CancellationToken ct) =>
            {
                var created = await rounds.CreateAsync(input, ct);
                return TypedResults.Created($"/api/surveys/rounds/{created.Id}", created);
            })
            .RequireAuthorization(SurveysPermissions.Manage).WithName("CreateSurveyRound")
            .WithSummary("发起问卷监测：区域（省、市、区县）、问卷（编号或 key）、起止日期、答题对象；可选标题");
        group.MapGet("/{id}", (string id, RoundService rounds, CancellationToken ct) => rounds.GetAsync(id, ct))
            .RequireAuthorization(SurveysPermissions.View).WithName("GetSurveyRound").WithSummary("问卷监测轮次详情");
        group.MapPost("/{id}/close", (string id, RoundService rounds, CancellationToken ct) => rounds.CloseAsync(id, ct))
            .RequireAuthorization(SurveysPermissions.Manage).WithName("CloseSurveyRound").WithSummary("提前结束问卷监测，链接不再收集答卷");
        group.MapGet("/{id}/links", (string id, string? schoolId, HttpRequest request, RoundService rounds, CancellationToken ct) =>
                rounds.LinksAsync(id, schoolId, SurveyHost.BaseUrl(request), ct))
            .RequireAuthorization(SurveysPermissions.View).WithName("ListSurveyLinks")
            .WithSummary("各校各答题对象的问卷链接和二维码（SVG）地址；schoolId 只看一所学校；另含 schoolId、schoolName、audienceLabel、token");
    }
}
