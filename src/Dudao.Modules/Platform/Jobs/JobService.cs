using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dudao.Modules.Platform.Jobs;

public sealed record JobDto(string Name, string Schedule, DateTime? LastRun, DateTime? LastFinished, bool? LastSucceeded, string? LastResult, bool Running);

/// <summary>Lists the jobs and runs one, either because it is due or because an admin asked.</summary>
public sealed class JobService(IEnumerable<IScheduledJob> jobs, AppDbContext db, IServiceScopeFactory scopes, ILogger<JobService> logger)
{
    private static readonly string Instance = $"{Environment.MachineName}:{Environment.ProcessId}";

    public async Task<IReadOnlyList<JobDto>> ListAsync(CancellationToken ct)
    {
        var runs = await db.Set<JobRun>().AsNoTracking().ToDictionaryAsync(r => r.Name, ct);
        return jobs.OrderBy(j => j.Name).Select(j =>
        {
            var run = runs.GetValueOrDefault(j.Name);
            return new JobDto(j.Name, j.Schedule.Describe(), run?.LastStartedAt, run?.LastFinishedAt, run?.LastSucceeded, run?.LastResult, run?.LeaseOwner is not null);
        }).ToList();
    }

    /// <summary>Runs a job now; 404 for an unknown name, 409 while it is running elsewhere.</summary>
    public async Task<JobDto> RunNowAsync(string name, string requestedBy, CancellationToken ct)
    {
        var job = jobs.FirstOrDefault(j => j.Name == name) ?? throw DomainException.NotFound($"定时任务“{name}”");
        if (!await RunAsync(job, dueSince: null, $"手动：{requestedBy}", ct))
            throw DomainException.Conflict($"定时任务“{name}”正在运行，请稍后再试");
        return (await ListAsync(ct)).Single(j => j.Name == name);
    }

    /// <returns>false when another run holds the lease (or the due run already happened).</returns>
    internal async Task<bool> RunAsync(IScheduledJob job, DateTime? dueSince, string trigger, CancellationToken ct)
    {
        using var scope = SystemScope.Create(scopes);
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        await leases.EnsureRowAsync(job.Name, ct);
        if (!await leases.TryClaimAsync(job.Name, Instance, dueSince, trigger, ct)) return false;

        var runner = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == job.Name);
        try
        {
            var result = await runner.RunAsync(ct);
            await leases.ReleaseAsync(job.Name, Instance, true, result, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Job {Job} failed", job.Name);
            await leases.ReleaseAsync(job.Name, Instance, false, "失败：" + e.Message, CancellationToken.None);
        }
        return true;
    }
}
