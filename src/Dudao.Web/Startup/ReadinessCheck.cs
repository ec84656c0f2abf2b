using System.Data.Common;
using Dudao.Data;
using Dudao.Data.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dudao.Web.Startup;

/// <summary>
/// Ready to take requests: the database answers and has every migration this build carries (an
/// instance of a newer build waits while another applies them). A balancer sends traffic only to ready instances.
/// </summary>
internal sealed class ReadinessCheck(AppDbContext db, MigrationRunner migrations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(ct)) return HealthCheckResult.Unhealthy("database unreachable");
            var pending = await migrations.PendingCountAsync(ct);
            return pending == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"{pending} migrations not applied");
        }
        catch (DbException e)
        {
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}
