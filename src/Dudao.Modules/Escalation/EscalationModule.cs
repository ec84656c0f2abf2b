using Dudao.Modules.Accounts;
using Dudao.Modules.Shared.Http;
using Dudao.Modules.Escalation.Docket;
using Dudao.Modules.Escalation.Issuing;
using Dudao.Modules.Escalation.Proposals;
using Dudao.Modules.Escalation.Records;
using Dudao.Modules.Escalation.Suggestions;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Platform.Todos;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Escalation;

/// <summary>Pressure that rises: notices, interviews, listed supervision with its 督办单, accountability, public exposure; and commendations.</summary>
public static class EscalationModule
{
    public static IServiceCollection AddEscalation(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionSet, EscalationPermissions>();
        services.AddSingleton<IRuleSet, EscalationRules>();
        services.AddScoped<EscalationService>();
        services.AddScoped<EscalationDocuments>();
        services.AddScoped<EscalationParties>();
        services.AddScoped<EscalationIssuer>();
        services.AddScoped<ITodoSource, DocketTodos>();
        services.AddScoped<TargetSearch>();
        services.AddScoped<SuggestionEngine>();
        services.AddScoped<SuggestionService>();
        services.AddScoped<ProposalService>();
        services.AddScoped<IScheduledJob, SuggestionJob>();
        services.AddScoped<IScheduledJob, ReplyDeadlineJob>();
        return services;
    }

    /// <param name="publicApi">/api without login: public exposures.</param>
    public static IEndpointRouteBuilder MapEscalationApi(this IEndpointRouteBuilder api, IEndpointRouteBuilder publicApi)
    {
        publicApi.MapEscalationPublicEndpoints();
        api.MapEscalationEndpoints();
        api.MapProposalEndpoints();
        return api;
    }

    /// <summary>Downloads linked from the staff pages.</summary>
    public static IEndpointRouteBuilder MapEscalationPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffDownloads().MapEscalationPageDownloads();
        return app;
    }
}
