using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.SchoolAffairs.Exams;

internal static class ExamEndpoints
{
    public static void MapExamEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/schools/{id}/exams").WithTags("SchoolAffairs");
        group.MapGet("/", (string id, string? term, ExamService exams, CancellationToken ct) => exams.GetAsync(id, term, ct))
            .RequireAuthorization(SchoolAffairsPermissions.View).WithName("GetExamCalendar").WithSummary("某校某学期的考试安排（term 如 2026-1，默认本学期）及违规（violations）");
        group.MapPut("/", (string id, string? term, ExamCalendarInput input, ExamService exams, CancellationToken ct) => exams.PutAsync(id, term, input, ct))
            .RequireAuthorization(SchoolAffairsPermissions.Publish).WithName("PutExamCalendar")
            .WithSummary("学校公示一学期的考试安排（整体替换），按本地区考试规则检查：一二年级不纸笔考试、期末一次、初中期中至多一次");
    }
}
