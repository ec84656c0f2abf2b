using Dudao.Modules.Accounts;
using Dudao.Modules.Campaigns.Draws;
using Dudao.Modules.Campaigns.Targeting;
using Dudao.Modules.Campaigns.Windows;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Campaigns;

/// <summary>Inspection modes beyond the monthly visit: 双随机一公开 draws, risk-ranked targeting and campaign windows.</summary>
public static class CampaignsModule
{
    public static IServiceCollection AddCampaigns(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionSet, CampaignsPermissions>();
        services.AddSingleton<IRuleSet, CampaignsRules>();
        services.AddScoped<TargetingService>();
        services.AddScoped<DrawPool>();
        services.AddScoped<DrawService>();
        services.AddScoped<PublicDrawService>();
        services.AddScoped<CampaignService>();
        return services;
    }

    /// <param name="publicApi">/api without login: the published draws and their files.</param>
    public static IEndpointRouteBuilder MapCampaignsApi(this IEndpointRouteBuilder api, IEndpointRouteBuilder publicApi)
    {
        api.MapDrawEndpoints();
        api.MapTargetingEndpoints();
        api.MapCampaignEndpoints();
        publicApi.MapPublicDrawEndpoints();
        return api;
    }

    /// <summary>The campaign report downloaded from its page.</summary>
    public static IEndpointRouteBuilder MapCampaignsPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffDownloads().MapCampaignDownloads();
        return app;
    }
}
