using Dudao.Modules.Accounts;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Platform.Todos;
using Dudao.Modules.Reporting.KeyFigures;
using Dudao.Modules.Shared.Http;
using Dudao.Modules.Returns.Completeness;
using Dudao.Modules.Returns.Documents;
using Dudao.Modules.Returns.Forms;
using Dudao.Modules.Returns.Submissions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Returns;

/// <summary>Periodic returns (报表) for what no module records: forms, filling, review, completeness and timeliness.</summary>
public static class ReturnsModule
{
    public static IServiceCollection AddReturns(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionSet, ReturnsPermissions>();
        services.AddSingleton<IRuleSet, ReturnsRules>();
        services.AddScoped<FormService>();
        services.AddScoped<ReturnUnit>();
        services.AddScoped<Prefill>();
        services.AddScoped<SubmissionService>();
        services.AddScoped<ReviewService>();
        services.AddScoped<ExpectedUnits>();
        services.AddScoped<CompletenessService>();
        services.AddScoped<MonthlyStatisticsService>();
        services.AddScoped<BulletinUnits>();
        services.AddScoped<BulletinService>();
        services.AddScoped<WorkReportService>();
        services.AddScoped<AnnualReportService>();
        services.AddScoped<OutstandingReturns>();
        services.AddScoped<ITodoSource, ReturnTodos>();
        services.AddScoped<IKeyFigureSource, ReturnKeyFigures>();
        services.AddScoped<IScheduledJob, ReturnReminderJob>();
        return services;
    }

    public static IEndpointRouteBuilder MapReturnsApi(this IEndpointRouteBuilder api)
    {
        api.MapFormEndpoints();
        api.MapCompletenessEndpoints();
        api.MapSubmissionEndpoints();
        api.MapDocumentEndpoints();
        api.MapBulletinEndpoints();
        api.MapWorkReportEndpoints();
        api.MapAnnualReportEndpoints();
        return api;
    }

    /// <summary>Downloads linked from the report pages.</summary>
    public static IEndpointRouteBuilder MapReturnsPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffDownloads().MapDocumentDownloads().MapBulletinDownloads().MapWorkReportDownloads().MapAnnualReportDownloads();
        return app;
    }
}
