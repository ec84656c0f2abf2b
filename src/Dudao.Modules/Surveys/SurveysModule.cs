using Dudao.Modules.Accounts;
using Microsoft.AspNetCore.Builder;
using Dudao.Modules.Shared.Http;
using Dudao.Modules.Surveys.Answering;
using Dudao.Modules.Surveys.Questionnaires;
using Dudao.Modules.Surveys.Results;
using Dudao.Modules.Surveys.Rounds;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Surveys;

/// <summary>
/// 双减 monitoring surveys: questionnaires as data, rounds an office runs for its subtree, a QR link per
/// school and audience, anonymous answers once per browser, and results up the region tree against the
/// checklist's homework limits.
/// </summary>
public static class SurveysModule
{
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionSet, SurveysPermissions>();
        services.AddScoped<QuestionnaireService>();
        services.AddScoped<RoundService>();
        services.AddScoped<AnswerService>();
        services.AddScoped<ResultService>();
        return services;
    }

    /// <param name="publicApi">/api without login: the public form's questions and answers.</param>
    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder api, IEndpointRouteBuilder publicApi)
    {
        publicApi.MapPublicSurveyEndpoints();
        api.MapQuestionnaireEndpoints();
        api.MapRoundEndpoints();
        api.MapResultEndpoints();
        return api;
    }

    /// <summary>The QR image the links and printed sheets show, and the results export for the page.</summary>
    public static IEndpointRouteBuilder MapSurveysPages(this IEndpointRouteBuilder app)
    {
        app.MapSurveyQr();
        app.MapStaffDownloads().MapGroup("/surveys/{id}").MapResultsExport();
        return app;
    }
}
