using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.SchoolAffairs.Hub;

internal static class HubEndpoints
{
    public static void MapHubEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/school-affairs").WithTags("SchoolAffairs").RequireAuthorization(SchoolAffairsPermissions.View);
        group.MapGet("/", (string? regionCode, OverviewService overview, CancellationToken ct) => overview.GetAsync(regionCode, ct))
            .WithName("GetSchoolAffairsOverview").WithSummary("本学期各校校务公示情况：本周作业是否公示、考试安排、课后服务、未处理的预警数");
        group.MapGet("/flags", (string? regionCode, FlagService flags, CancellationToken ct) => flags.ListAsync(regionCode, ct))
            .WithName("ListSchoolAffairsFlags").WithSummary("校务预警：近8周作业、本学期考试安排和课后服务中超出规定的记录");
        group.MapPost("/flags/{kind}/{id}/problem", async (string kind, string id, FlagService flags, CancellationToken ct) =>
                TypedResults.Ok(new OpenedProblem(await flags.OpenProblemAsync(kind, id, ct))))
            .RequireAuthorization(SchoolAffairsPermissions.Review).WithName("OpenSchoolAffairsProblem")
            .WithSummary("把一条校务预警转为整改问题（督导室；kind 为 homework、exams 或 after-school，每条只转一次）");
    }
}

public sealed record OpenedProblem(string ProblemId);
