using Dudao.Modules.Shared.Http;
using Dudao.Modules.Shared.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Surveys.Results;

internal static class ResultEndpoints
{
    public static void MapResultEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/surveys/rounds/{id}").WithTags("Surveys");
        group.MapGet("/results", (string id, [AsParameters] ResultQuery query, ResultService results, CancellationToken ct) => results.ResultsAsync(id, query, ct))
            .RequireAuthorization(SurveysPermissions.View).WithName("GetSurveyResults")
            .WithSummary("监测结果：满意率、课后服务参与率、校外付费培训比例、睡眠，分年级书面作业时长对照 C10 限额；children 下钻到下级区域或学校；schoolId 看一所学校");
        group.MapResultsExport().WithName("ExportSurveyResults").WithSummary("导出监测结果（.xlsx）");
        group.MapPost("/schools/{schoolId}/problem", async (string id, string schoolId, ResultService results, CancellationToken ct) =>
                TypedResults.Created((string?)null, await results.OpenProblemAsync(id, schoolId, ct)))
            .RequireAuthorization(SurveysPermissions.Manage).WithName("OpenSurveyProblem").WithSummary("把学校超出作业时长限额的监测结果转为整改问题（每轮每校一次）");
    }

    /// <summary>The export, for the API and for the results page.</summary>
    public static RouteHandlerBuilder MapResultsExport(this IEndpointRouteBuilder group) =>
        group.MapGet("/results/export", async (string id, [AsParameters] ResultQuery query, ResultService results, CancellationToken ct) =>
        {
            var found = await results.ResultsAsync(id, query, ct);
            return TypedResults.File(ResultsExport.Write(found), XlsxWriter.ContentType, ResultsExport.FileName(found));
        }).RequireAuthorization(SurveysPermissions.View).ProducesFile(XlsxWriter.ContentType);
}
