using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Platform.Jobs;

internal static class JobEndpoints
{
    public static void MapJobEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/admin/jobs").WithTags("Jobs").RequireAuthorization(PlatformPermissions.RunJobs);
        group.MapGet("/", (JobService jobs, CancellationToken ct) => jobs.ListAsync(ct)).WithName("ListJobs").WithSummary("定时任务及上次运行");
        group.MapPost("/{name}/run", (string name, JobService jobs, CancellationToken ct) => jobs.RunNowAsync(name, ct))
            .WithName("RunJob").WithSummary("立即运行一项定时任务");
    }
}
