using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Authorization;
using Dudao.Modules.Escalation.Proposals;
using Dudao.Modules.Escalation.Records;
using Dudao.Modules.Escalation.Suggestions;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Rules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        services.AddScoped<EscalationParties>();
        services.AddScoped<SuggestionEngine>();
        services.AddScoped<SuggestionService>();
        services.AddScoped<ProposalService>();
        services.AddScoped<IScheduledJob, SuggestionJob>();
        return services;
    }

    public static void MapEscalationApi(this IEndpointRouteBuilder publicApi, IEndpointRouteBuilder api)
    {
        publicApi.MapEscalationPublicEndpoints();
        api.MapEscalationEndpoints();
        api.MapProposalEndpoints();
    }

    /// <summary>Downloads linked from the staff pages, for callers signed in with the page cookie.</summary>
    public static IEndpointRouteBuilder MapEscalationPageEndpoints(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/staff")
            .RequireAuthorization(p => p.AddAuthenticationSchemes(Schemes.Cookie).RequireAuthenticatedUser())
            .ExcludeFromDescription();
        staff.MapEscalationPageDownloads();
        return app;
    }
}
