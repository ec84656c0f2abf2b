using Dudao.Modules.Accounts;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Reporting.Dashboard;
using Dudao.Modules.Reporting.KeyFigures;
using Dudao.Modules.Reporting.Rollups;
using Dudao.Modules.Reporting.Warnings;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dudao.Modules.Reporting;

/// <summary>Figures up the region tree: rollups kept with every change, and what reads them.</summary>
public static class ReportingModule
{
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionSet, ReportingPermissions>();
        services.AddScoped<ISaveChangesInterceptor, RollupInterceptor>();
        services.AddScoped<RollupRebuild>();
        services.AddScoped<IRegionFigures, RegionFigureReader>();
        services.AddScoped<IScheduledJob, OverdueSettlementJob>();
        services.AddScoped<IScheduledJob, RollupRebuildJob>();
        services.AddScoped<DashboardService>();
        services.AddScoped<DashboardExport>();
        services.AddSingleton<IRuleSet, ReportingRules>();
        services.AddScoped<ComplaintBaseline>();
        services.AddScoped<WarningService>();
        services.AddScoped<PublicWarnings>();
        services.AddScoped<IScheduledJob, WarningJob>();
        services.AddScoped<KeyFigureService>();
        services.TryAddScoped<IAfterSchoolParticipation, NoAfterSchoolParticipation>();
        // The region's figures first, then the caller's own; other modules add theirs (returns outstanding …).
        services.AddScoped<IKeyFigureSource, RegionKeyFigures>();
        services.AddScoped<IKeyFigureSource, UnitKeyFigures>();
        return services;
    }

    /// <param name="publicApi">/api without login: the published warnings.</param>
    public static IEndpointRouteBuilder MapReportingApi(this IEndpointRouteBuilder api, IEndpointRouteBuilder publicApi)
    {
        api.MapDashboardEndpoints();
        api.MapWarningEndpoints(publicApi);
        api.MapKeyFigureEndpoints();
        return api;
    }

    /// <summary>Downloads linked from the dashboard page.</summary>
    public static IEndpointRouteBuilder MapReportingPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffDownloads().MapDashboardDownloads();
        return app;
    }
}
