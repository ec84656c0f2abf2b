using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.SchoolAffairs.Homework;

internal static class HomeworkEndpoints
{
    public static void MapHomeworkEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/schools/{id}/homework").WithTags("SchoolAffairs");
        group.MapGet("/", (string id, DateOnly? week, HomeworkService homework, CancellationToken ct) => homework.ListAsync(id, week, ct))
            .RequireAuthorization(SchoolAffairsPermissions.View).WithName("ListSchoolHomework").WithSummary("某校公示的作业（week=该周任意一天时只列该周），每周每年级（或班级）一条");
        group.MapPost("/", (string id, HomeworkInput input, HomeworkService homework, CancellationToken ct) => homework.PublishAsync(id, input, ct))
            .RequireAuthorization(SchoolAffairsPermissions.Publish).WithName("PublishHomework")
            .WithSummary("学校公示一周的作业（按年级或班级；已有则替换），按 C10 检查每天书面作业总时长，违规照常公示并产生预警（violations）");
    }
}
