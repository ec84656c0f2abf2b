using Dudao.Modules.Accounts;
using Dudao.Modules.Organization.InstitutionLists;
using Dudao.Modules.Organization.Reduction;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Platform.Todos;
using Dudao.Modules.Training.Filings;
using Dudao.Modules.Training.Funds;
using Dudao.Modules.Training.Schedule;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Training;

/// <summary>
/// Off-campus training institutions under supervision: their filings (备案) and the 校外培训监管科's review,
/// prepaid-fund supervision by reconciling the custody banks' statements, and timetable checks.
/// </summary>
public static class TrainingModule
{
    public static IServiceCollection AddTraining(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionSet, TrainingPermissions>();
        services.AddSingleton<IRuleSet, TrainingRules>();
        services.AddScoped<FilingService>();
        services.AddScoped<ITodoSource, FilingTodos>();
        services.AddScoped<IPublicFees, PublicFees>();
        services.AddScoped<IFundSupervision, FundSupervisionCount>();
        services.AddScoped<FundService>();
        services.AddScoped<FundFlagging>();
        services.AddScoped<ScheduleChecker>();
        return services;
    }

    public static IEndpointRouteBuilder MapTrainingApi(this IEndpointRouteBuilder api)
    {
        api.MapFilingEndpoints();
        api.MapFundEndpoints();
        api.MapScheduleEndpoints();
        return api;
    }

    /// <summary>The pages are Razor components only.</summary>
    public static IEndpointRouteBuilder MapTrainingPages(this IEndpointRouteBuilder app) => app;
}
