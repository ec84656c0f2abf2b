using Dudao.Modules.Accounts;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Dudao.Modules.Indicators.Limits;
using Dudao.Modules.Indicators.Templates;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Indicators;

/// <summary>Indicator templates (督导指标体系): the checklists visits and self-assessments are scored on.</summary>
public static class IndicatorsModule
{
    public static IServiceCollection AddIndicators(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionSet, IndicatorsPermissions>();
        services.AddScoped<TemplateService>();
        services.AddScoped<HomeworkLimits>();
        return services;
    }

    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder api)
    {
        api.MapTemplateEndpoints();
        return api;
    }

    /// <summary>The export link of the staff pages.</summary>
    public static IEndpointRouteBuilder MapIndicatorsPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffDownloads().MapGroup("/indicators").MapTemplateExport();
        return app;
    }
}
