using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Dudao.Web.Startup;

/// <summary>
/// <c>/health/live</c>: the process answers (restart it if not); <c>/health/ready</c>: it can serve
/// (database reachable, migrations applied; take it out of the balancer if not). <c>/health</c> stays
/// as before, the database check alone.
/// </summary>
internal static class HealthEndpoints
{
    public const string Ready = "ready";

    public static IHealthChecksBuilder AddReadiness(this IHealthChecksBuilder checks) => checks.AddCheck<ReadinessCheck>("readiness", tags: [Ready]);

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => !c.Tags.Contains(Ready) });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) });
        return app;
    }
}
