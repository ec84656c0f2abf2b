using Dudao.Modules.Accounts;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Reporting.KeyFigures;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Platform.Todos;
using Dudao.Modules.SchoolAffairs.AfterSchool;
using Dudao.Modules.SchoolAffairs.Cases;
using Dudao.Modules.SchoolAffairs.Exams;
using Dudao.Modules.SchoolAffairs.Homework;
using Dudao.Modules.SchoolAffairs.Hub;
using Dudao.Modules.SchoolAffairs.Materials;
using Dudao.Modules.SchoolAffairs.Public;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.SchoolAffairs;

/// <summary>
/// What schools publish and file about their own work under 双减: homework and exams (with a public page per school),
/// the after-school plan and its participation figures, excellent cases, teaching materials; offices see their
/// schools' entries, and flags that break a limit become problems.
/// </summary>
public static class SchoolAffairsModule
{
    public static IServiceCollection AddSchoolAffairs(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionSet, SchoolAffairsPermissions>();
        services.AddSingleton<IRuleSet, SchoolAffairsRules>();
        services.AddScoped<SchoolAccess>();
        services.AddScoped<HomeworkService>();
        services.AddScoped<ExamService>();
        services.AddScoped<PublicSchoolAffairs>();
        services.AddScoped<AfterSchoolService>();
        services.AddScoped<IAfterSchoolParticipation, ParticipationFigures>();
        services.AddScoped<IKeyFigureSource, ParticipationKeyFigures>();
        services.AddScoped<OverviewService>();
        services.AddScoped<FlagService>();
        services.AddScoped<CaseService>();
        services.AddScoped<ITodoSource, CaseTodos>();
        services.AddScoped<IFileOwnerAccess, CaseFileAccess>();
        services.AddScoped<MaterialService>();
        services.AddScoped<IFileOwnerAccess, MaterialFileAccess>();
        return services;
    }

    /// <param name="publicApi">/api without login: the public case library.</param>
    public static IEndpointRouteBuilder MapSchoolAffairsApi(this IEndpointRouteBuilder api, IEndpointRouteBuilder publicApi)
    {
        api.MapHomeworkEndpoints();
        api.MapExamEndpoints();
        api.MapAfterSchoolEndpoints();
        api.MapHubEndpoints();
        api.MapCaseEndpoints(publicApi);
        api.MapMaterialEndpoints();
        return api;
    }

    /// <summary>The pages are Razor components only.</summary>
    public static IEndpointRouteBuilder MapSchoolAffairsPages(this IEndpointRouteBuilder app) => app;
}
