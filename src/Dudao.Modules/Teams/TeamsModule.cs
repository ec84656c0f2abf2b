using Dudao.Modules.Accounts;
using Dudao.Modules.Teams.Cross;
using Dudao.Modules.Teams.Grants;
using Dudao.Modules.Teams.Joint;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Teams;

/// <summary>Inspection teams with dated access: 交叉检查 between regions and 联合督查 with partner agencies (ADR-112, ADR-113).</summary>
public static class TeamsModule
{
    public static IServiceCollection AddTeams(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionSet, TeamsPermissions>();
        services.AddScoped<TeamGrants>();
        services.AddScoped<CrossInspectionService>();
        services.AddScoped<JointTeamService>();
        return services;
    }

    public static IEndpointRouteBuilder MapTeamsApi(this IEndpointRouteBuilder api)
    {
        api.MapCrossInspectionEndpoints();
        api.MapJointTeamEndpoints();
        return api;
    }

    /// <summary>The pages link to nothing but themselves.</summary>
    public static IEndpointRouteBuilder MapTeamsPages(this IEndpointRouteBuilder app) => app;
}
