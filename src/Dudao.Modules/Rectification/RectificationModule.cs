using Dudao.Modules.Accounts;
using Dudao.Modules.Shared.Http;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Platform.Todos;
using Dudao.Modules.Rectification.Intake;
using Dudao.Modules.Rectification.Ledger;
using Dudao.Modules.Rectification.Lifecycle;
using Dudao.Modules.Rectification.Notices;
using Dudao.Modules.Rectification.Overdue;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Rectification;

/// <summary>The rectification ledger: problems from every source, tracked until struck off.</summary>
public static class RectificationModule
{
    public static IServiceCollection AddRectification(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionSet, RectificationPermissions>();
        services.AddSingleton<IRuleSet, RectificationRules>();
        services.AddScoped<ProblemIntake>();
        services.AddScoped<LedgerService>();
        services.AddScoped<LedgerExport>();
        services.AddScoped<ProblemRecipients>();
        services.AddScoped<LifecycleService>();
        services.AddScoped<RectificationNoticeService>();
        services.AddScoped<ITodoSource, ProblemTodos>();
        services.AddScoped<IFileOwnerAccess, ProblemFileAccess>();
        services.AddScoped<IScheduledJob, OverdueJob>();
        return services;
    }

    public static IEndpointRouteBuilder MapRectificationApi(this IEndpointRouteBuilder api)
    {
        api.MapLedgerEndpoints();
        api.MapLifecycleEndpoints();
        api.MapRectificationNoticeEndpoints();
        return api;
    }

    /// <summary>Downloads linked from the staff pages.</summary>
    public static IEndpointRouteBuilder MapRectificationPages(this IEndpointRouteBuilder app)
    {
        var staff = app.MapStaffDownloads();
        staff.MapProblemPageDownloads();
        staff.MapRectificationNoticePageDownloads();
        return app;
    }
}
