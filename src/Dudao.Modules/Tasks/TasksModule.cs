using Dudao.Modules.Accounts;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Platform.Todos;
using Dudao.Modules.Tasks.Board;
using Dudao.Modules.Tasks.Reminders;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Tasks;

/// <summary>The key-task list (重点任务清单): tasks, responsible units, deadlines, milestones, monthly progress and 催办.</summary>
public static class TasksModule
{
    public static IServiceCollection AddTasks(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionSet, TasksPermissions>();
        services.AddSingleton<IRuleSet, TasksRules>();
        services.AddScoped<TaskService>();
        services.AddScoped<ITodoSource, TaskTodos>();
        services.AddScoped<IScheduledJob, TaskReminderJob>();
        return services;
    }

    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder api)
    {
        api.MapTaskEndpoints();
        return api;
    }

    /// <summary>The board's pages link to nothing but themselves.</summary>
    public static IEndpointRouteBuilder MapTasksPages(this IEndpointRouteBuilder app) => app;
}
