using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Tasks.Board;

/// <summary><c>?regionCode=</c> of the task list, bound with <c>[AsParameters]</c>.</summary>
internal sealed record TaskQuery(string? RegionCode);

internal static class TaskEndpoints
{
    public static void MapTaskEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/tasks").WithTags("Tasks").RequireAuthorization(TasksPermissions.View);
        group.MapGet("/", ([AsParameters] TaskQuery query, TaskService service, CancellationToken ct) => service.ListAsync(query.RegionCode, ct))
            .WithName("ListKeyTasks").WithSummary("重点任务清单：该地区自己的任务和上级下达的任务，含责任单位、完成时限、状态和进展");
        group.MapGet("/{id}", (string id, TaskService service, CancellationToken ct) => service.GetAsync(id, ct))
            .WithName("GetKeyTask").WithSummary("重点任务详情");
        group.MapPost("/", async (TaskInput input, TaskService service, CancellationToken ct) =>
        {
            var created = await service.CreateAsync(input, ct);
            return TypedResults.Created($"/api/tasks/{created.Id}", created);
        }).RequireAuthorization(TasksPermissions.Manage).WithName("CreateKeyTask").WithSummary("在本级重点任务清单中增加一项任务");
        group.MapPost("/{id}/progress", (string id, ProgressInput input, TaskService service, CancellationToken ct) => service.ReportAsync(id, input, ct))
            .RequireAuthorization(TasksPermissions.Report).WithName("ReportKeyTaskProgress").WithSummary("报送重点任务的月度进展（可同时确认完成）");
    }
}
