using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.SchoolAffairs.AfterSchool;

internal static class AfterSchoolEndpoints
{
    public static void MapAfterSchoolEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/schools/{id}/after-school").WithTags("SchoolAffairs");
        group.MapGet("/", (string id, string? term, AfterSchoolService service, CancellationToken ct) => service.GetAsync(id, term, ct))
            .RequireAuthorization(SchoolAffairsPermissions.View).WithName("GetAfterSchoolPlan").WithSummary("某校某学期的课后服务（term 如 2026-1，默认本学期）及违规（violations）");
        group.MapPut("/", (string id, string? term, AfterSchoolInput input, AfterSchoolService service, CancellationToken ct) => service.PutAsync(id, term, input, ct))
            .RequireAuthorization(SchoolAffairsPermissions.Publish).WithName("PutAfterSchoolPlan")
            .WithSummary("学校填报一学期的课后服务：“5+2”、结束时间不早于本区域下班时间、延时托管、周末和假期托管、晚自习、经费、参与师生数");
    }
}
