using Dudao.Modules.Shared.Http;
using Dudao.Modules.Accounts;
using Dudao.Modules.Organization.Import;
using Dudao.Modules.Organization.Inspectors;
using Dudao.Modules.Organization.InstitutionHistory;
using Dudao.Modules.Organization.InstitutionLists;
using Dudao.Modules.Organization.Institutions;
using Dudao.Modules.Organization.Reduction;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Organization.Registry;
using Dudao.Modules.Organization.Schools;
using Dudao.Modules.Organization.Units;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dudao.Modules.Organization;

/// <summary>Registries: regions, zones, departments, schools, institutions, inspectors and their assignments.</summary>
public static class OrganizationModule
{
    public static IServiceCollection AddOrganization(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionSet, OrganizationPermissions>();
        services.AddSingleton<RegionDirectory>();
        services.AddScoped<SchoolService>();
        services.AddScoped<InstitutionService>();
        services.AddScoped<TransitionService>();
        services.AddScoped<IFileOwnerAccess, InstitutionEventFiles>();
        services.AddScoped<ListService>();
        services.AddScoped<PublicInstitutionService>();
        services.TryAddScoped<IPublicFees, NoPublicFees>();
        services.TryAddScoped<IFundSupervision, NoFundSupervision>();
        services.AddScoped<ReductionService>();
        services.AddScoped<SchoolSheet>();
        services.AddScoped<InstitutionSheet>();
        services.AddScoped<SpreadsheetImporter>();
        services.AddScoped<SpreadsheetExporter>();
        services.AddScoped<InspectorService>();
        services.AddScoped<AssignmentService>();
        services.AddScoped<UnitService>();
        services.AddScoped<SupervisionTargets>();
        return services;
    }

    /// <param name="publicApi">The /api group open without login: the public institution lookup.</param>
    public static IEndpointRouteBuilder MapOrganizationApi(this IEndpointRouteBuilder api, IEndpointRouteBuilder publicApi)
    {
        api.MapReductionEndpoints();
        api.MapTransitionEndpoints();
        api.MapListEndpoints();
        publicApi.MapPublicInstitutionEndpoints();
        api.MapRegionEndpoints();
        api.MapSchoolEndpoints();
        api.MapInstitutionEndpoints();
        api.MapInspectorEndpoints();
        api.MapUnitEndpoints();
        return api;
    }

    /// <summary>Spreadsheet downloads of the staff pages.</summary>
    public static IEndpointRouteBuilder MapOrganizationPages(this IEndpointRouteBuilder app)
    {
        var staff = app.MapStaffDownloads();
        staff.MapSchoolPageDownloads();
        staff.MapInstitutionPageDownloads();
        staff.MapReductionPageDownloads();
        return app;
    }
}
