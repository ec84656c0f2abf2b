using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dudao.Modules.Platform.Jobs;

/// <param name="Title">The job's name in Chinese, as the jobs page shows it.</param>
public sealed record JobDto(string Name, string Title, string Schedule, DateTime? LastRun, DateTime? LastFinished, bool? LastSucceeded, string? LastResult, bool Running);

/// <summary>
/// Lists the jobs and runs one, either because it is due (for everything) or because an admin asked
/// (for the admin's data scope only: a county office's run-now touches its county and nothing else).
/// </summary>
public sealed class JobService(IEnumerable<IScheduledJob> jobs, AppDbContext db, IServiceScopeFactory scopes, ILogger<JobService> logger)
{
    private static readonly string Instance = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>
    /// The jobs as the caller sees them: an office below the whole country sees its own region's
    /// last run, or the last run of everything without its result, which counts other regions' records.
    /// </summary>
    public async Task<IReadOnlyList<JobDto>> ListAsync(CancellationToken ct)
    {
        var me = db.User;
        var runs = await db.Set<JobRun>().AsNoTracking().ToDictionaryAsync(r => r.Name, ct);
        var mine = me.Scope.IsAll
            ? []
            : await db.Set<JobRegionRun>().AsNoTracking().Where(r => r.RegionCode == me.RegionCode).ToDictionaryAsync(r => r.Name, ct);
        return jobs.OrderBy(j => j.Name).Select(j =>
        {
            var run = runs.GetValueOrDefault(j.Name);
            var running = run?.LeaseOwner is not null;
            if (mine.GetValueOrDefault(j.Name) is { } own && !(run?.LastStartedAt > own.StartedAt))
                return new JobDto(j.Name, j.Title, j.Schedule.Describe(), own.StartedAt, own.FinishedAt, own.Succeeded, own.Result, running);
            var result = me.Scope.IsAll || run?.LastSucceeded is null ? run?.LastResult : run.LastSucceeded.Value ? "已为全部地区运行" : "为全部地区运行时失败";
            return new JobDto(j.Name, j.Title, j.Schedule.Describe(), run?.LastStartedAt, run?.LastFinishedAt, run?.LastSucceeded, result, running);
        }).ToList();
    }

    /// <summary>
    /// Runs a job now within the caller's data scope; 404 for an unknown name, 409 while it is
    /// running. Accounts of a school or institution never run jobs.
    /// </summary>
    public async Task<JobDto> RunNowAsync(string name, CancellationToken ct)
    {
        var me = db.User;
        var job = jobs.FirstOrDefault(j => j.Name == name) ?? throw DomainException.NotFound($"定时任务“{name}”");
        if (me.Scope.TargetId is not null) throw DomainException.Forbidden("学校和培训机构账号不能运行定时任务");
        var runAs = me.Scope.IsAll ? SystemUser.Instance : SystemUser.For(me.UserName, me.RegionCode);
        if (!await RunAsAsync(job, runAs, dueSince: null, $"手动：{me.UserName}", ct))
            throw DomainException.Conflict($"定时任务“{name}”正在运行，请稍后再试");
        return (await ListAsync(ct)).Single(j => j.Name == name);
    }

    /// <summary>A scheduled run, for everything.</summary>
    /// <returns>false when another run holds the lease (or the due run already happened).</returns>
    internal Task<bool> RunAsync(IScheduledJob job, DateTime? dueSince, string trigger, CancellationToken ct) =>
        RunAsAsync(job, SystemUser.Instance, dueSince, trigger, ct);

    private async Task<bool> RunAsAsync(IScheduledJob job, SystemUser runAs, DateTime? dueSince, string trigger, CancellationToken ct)
    {
        var regionCode = runAs.Scope.IsAll ? null : runAs.RegionCode;
        using var scope = SystemScope.Create(scopes, runAs);
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        await leases.EnsureRowAsync(job.Name, ct);
        if (!await leases.TryClaimAsync(job.Name, Instance, dueSince, trigger, regionCode, ct)) return false;

        var runner = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == job.Name);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var result = await runner.RunAsync(ct);
            await leases.ReleaseAsync(job.Name, Instance, true, result, regionCode, CancellationToken.None);
            JobMetrics.Record(job.Name, true, started);
            logger.LogInformation("Job {Job} ran ({Trigger}): {Result}", job.Name, trigger, result);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Job {Job} failed", job.Name);
            await leases.ReleaseAsync(job.Name, Instance, false, "失败：" + e.Message, regionCode, CancellationToken.None);
            JobMetrics.Record(job.Name, false, started);
        }
        return true;
    }
}
