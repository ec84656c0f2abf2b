using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Training.Schedule;

internal static class ScheduleEndpoints
{
    public static void MapScheduleEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/institutions/{id}/schedule-check").WithTags("Training");
        group.MapPost("/", (string id, ScheduleInput input, ScheduleChecker checker, CancellationToken ct) => checker.CheckAsync(id, input, ct))
            .WithName("CheckSchedule").WithSummary("检查培训课表：线上每课时、课间、结束时间，学科类培训不占休息日、节假日和寒暑假");
        group.MapPost("/problems", (string id, ScheduleInput input, ScheduleChecker checker, CancellationToken ct) =>
                checker.OpenProblemsAsync(id, input, ct))
            .RequireAuthorization(TrainingPermissions.Supervise).WithName("OpenScheduleProblems").WithSummary("把课表违规按规则转为整改问题（监管部门）");
    }
}
