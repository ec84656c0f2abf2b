using Dudao.Modules.Accounts;
using Dudao.Modules.Profiles.Dossiers;
using Dudao.Modules.Profiles.Search;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Profiles;

/// <summary>Views across the modules: the staff's global search and the 一校一档 profile of a school or institution.</summary>
public static class ProfilesModule
{
    public static IServiceCollection AddProfiles(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionSet, ProfilesPermissions>();
        services.AddScoped<SearchService>();
        services.AddScoped<DossierService>();
        return services;
    }

    public static IEndpointRouteBuilder MapProfilesApi(this IEndpointRouteBuilder api)
    {
        api.MapSearchEndpoints();
        api.MapDossierEndpoints();
        return api;
    }

    /// <summary>The pages are Razor components only.</summary>
    public static IEndpointRouteBuilder MapProfilesPages(this IEndpointRouteBuilder app) => app;
}
