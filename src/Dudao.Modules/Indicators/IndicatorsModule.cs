using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Authorization;
using Dudao.Modules.Indicators.Templates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        return services;
    }

    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder api)
    {
        api.MapTemplateEndpoints();
        return api;
    }

    /// <summary>The export link of the staff pages, signed in with the page cookie.</summary>
    public static IEndpointRouteBuilder MapIndicatorsPageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/staff/indicators")
            .RequireAuthorization(p => p.AddAuthenticationSchemes(Schemes.Cookie).RequireAuthenticatedUser())
            .ExcludeFromDescription()
            .MapTemplateExport();
        return app;
    }
}
