using Dudao.Modules.Platform.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Platform.AuditTrail;

/// <summary>The audit hash chain, its check and the retention sweep (ADR-044).</summary>
internal static class AuditTrailServices
{
    public static IServiceCollection AddAuditTrail(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(AuditRetentionOptions.From(config));
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<IScheduledJob, AuditChainJob>();
        services.AddScoped<IScheduledJob, AuditVerifyJob>();
        services.AddScoped<IScheduledJob, AuditRetentionJob>();
        return services;
    }
}
