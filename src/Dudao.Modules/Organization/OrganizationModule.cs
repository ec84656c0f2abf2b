using Dudao.Modules.Accounts;
using Dudao.Modules.Organization.Inspectors;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Organization.Schools;
using Dudao.Modules.Organization.Units;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Organization;

/// <summary>Registries: regions, zones, departments, schools, institutions, inspectors and their assignments.</summary>
public static class OrganizationModule
{
    public static IServiceCollection AddOrganization(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionSet, OrganizationPermissions>();
        services.AddSingleton<RegionDirectory>();
        services.AddScoped<SchoolService>();
        services.AddScoped<InspectorService>();
        services.AddScoped<AssignmentService>();
        services.AddScoped<UnitService>();
        return services;
    }

    public static IEndpointRouteBuilder MapOrganizationApi(this IEndpointRouteBuilder api)
    {
        api.MapRegionEndpoints();
        api.MapSchoolEndpoints();
        api.MapInspectorEndpoints();
        api.MapUnitEndpoints();
        return api;
    }
}
