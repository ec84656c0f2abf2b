using Dudao.Modules.Accounts;
using Dudao.Modules.Complaints.Deadlines;
using Dudao.Modules.Complaints.Handling;
using Dudao.Modules.Complaints.Intake;
using Dudao.Modules.Complaints.Protection;
using Dudao.Modules.Complaints.Public;
using Dudao.Modules.Complaints.Queue;
using Dudao.Modules.Complaints.Reporter;
using Dudao.Modules.Complaints.Stats;
using Dudao.Modules.Complaints.Triage;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Platform.Todos;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Complaints;

/// <summary>Public complaints (举报): received from every channel, triaged, handled to deadlines and answered, reporters protected.</summary>
public static class ComplaintsModule
{
    public static IServiceCollection AddComplaints(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<IPermissionSet, ComplaintsPermissions>();
        services.AddSingleton<IRuleSet, ComplaintsRules>();
        services.AddSingleton<IdentityKey>();
        services.AddSingleton<ReporterCipher>();
        services.AddSingleton<RetrySeal>();
        services.AddHostedService<IdentityKeyCheck>();
        services.AddComplaintRateLimit(config);
        services.AddScoped<TargetMatcher>();
        services.AddScoped<RoutingTable>();
        services.AddScoped<RoutingNotices>();
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<HotTargets>();
        services.AddScoped<ComplaintIntake>();
        services.AddScoped<HeldEvidence>();
        services.AddScoped<SubmissionKeys>();
        services.AddScoped<IScheduledJob, SubmissionKeyExpiry>();
        services.AddScoped<IScheduledJob, ComplaintDeadlineJob>();
        services.AddScoped<IFileOwnerAccess, ComplaintFileAccess>();
        services.AddScoped<ReceiptLookup>();
        services.AddScoped<ComplaintQueries>();
        services.AddScoped<ITodoSource, ComplaintTodos>();
        services.AddScoped<ComplaintHandling>();
        services.AddScoped<ComplaintHandlers>();
        services.AddScoped<CountyHandover>();
        services.AddScoped<TransferTrace>();
        services.AddScoped<ReporterReveal>();
        services.AddScoped<ComplaintStats>();
        services.AddSingleton<PublicCounties>();
        services.AddHostedService<QueueGauges>();
        return services;
    }

    /// <param name="publicApi">/api without login: the public complaint form and receipt lookup.</param>
    public static IEndpointRouteBuilder MapComplaintsApi(this IEndpointRouteBuilder api, IEndpointRouteBuilder publicApi)
    {
        publicApi.MapPublicComplaintEndpoints();
        api.MapComplaintEndpoints();
        return api;
    }

    /// <summary>Nothing beside the Razor pages, which the host's router finds; here for the modules' one shape.</summary>
    public static IEndpointRouteBuilder MapComplaintsPages(this IEndpointRouteBuilder app)
    {
        app.MapSuggestionEndpoints();
        return app;
    }
}
