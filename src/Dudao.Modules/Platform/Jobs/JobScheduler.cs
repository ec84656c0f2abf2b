using Dudao.Core.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dudao.Modules.Platform.Jobs;

/// <summary>
/// Once a minute, runs every job whose due time has passed since its last run. Every instance
/// does this; the lease in <see cref="JobLeases"/> lets exactly one of them run it.
/// </summary>
internal sealed class JobScheduler(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var service = scope.ServiceProvider.GetRequiredService<JobService>();
                var localNow = clock.LocalNow();
                foreach (var job in scope.ServiceProvider.GetServices<IScheduledJob>())
                {
                    var due = job.Schedule.LastDueAtOrBefore(localNow);
                    if (due == DateTime.MinValue) continue;
                    var dueUtc = TimeZoneInfo.ConvertTimeToUtc(due, ChinaTime.Zone);
                    await service.RunAsync(job, dueUtc, "定时", stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Job scheduling pass failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
