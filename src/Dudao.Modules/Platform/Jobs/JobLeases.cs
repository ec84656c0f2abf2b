using Dudao.Data;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Platform.Jobs;

/// <summary>
/// Claims a job with one conditional UPDATE: whoever's update hits the row owns the run; every
/// other instance sees zero rows changed. Works the same on SQLite and PostgreSQL.
/// </summary>
internal sealed class JobLeases(AppDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan LeaseLength = TimeSpan.FromMinutes(30);

    public async Task EnsureRowAsync(string name, CancellationToken ct)
    {
        if (await db.Set<JobRun>().AnyAsync(j => j.Name == name, ct)) return;
        db.Add(new JobRun { Name = name });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // another instance created it first
        }
    }

    /// <param name="dueSince">For scheduled runs: claim only if the last run started before this due time.</param>
    /// <param name="regionCode">
    /// For a run an office started for its own region: it holds the lease like any run (one run of a
    /// job at a time), but is recorded in <see cref="JobRegionRun"/>, not as the job's last run.
    /// </param>
    public async Task<bool> TryClaimAsync(string name, string owner, DateTime? dueSince, string trigger, string? regionCode, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + LeaseLength;
        var query = db.Set<JobRun>().Where(j => j.Name == name && (j.LeaseUntil == null || j.LeaseUntil < now));
        if (dueSince is { } due) query = query.Where(j => j.LastStartedAt == null || j.LastStartedAt < due);
        var claimed = await query.ExecuteUpdateAsync(s =>
        {
            s.SetProperty(j => j.LeaseOwner, owner).SetProperty(j => j.LeaseUntil, until);
            if (regionCode is null) s.SetProperty(j => j.LastStartedAt, now).SetProperty(j => j.LastTrigger, trigger);
        }, ct);
        if (claimed == 1 && regionCode is not null) await StartRegionalAsync(name, regionCode, trigger, now, ct);
        return claimed == 1;
    }

    public async Task ReleaseAsync(string name, string owner, bool succeeded, string result, string? regionCode, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var text = result.Length > 500 ? result[..500] : result;
        await db.Set<JobRun>().Where(j => j.Name == name && j.LeaseOwner == owner).ExecuteUpdateAsync(s =>
        {
            s.SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseUntil, (DateTime?)null);
            if (regionCode is null)
                s.SetProperty(j => j.LastFinishedAt, now).SetProperty(j => j.LastSucceeded, succeeded).SetProperty(j => j.LastResult, text);
        }, ct);
        if (regionCode is not null)
        {
            await db.Set<JobRegionRun>().Where(r => r.Name == name && r.RegionCode == regionCode).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.FinishedAt, now).SetProperty(r => r.Succeeded, succeeded).SetProperty(r => r.Result, text), ct);
        }
    }

    private async Task StartRegionalAsync(string name, string regionCode, string trigger, DateTime now, CancellationToken ct)
    {
        var updated = await db.Set<JobRegionRun>().Where(r => r.Name == name && r.RegionCode == regionCode).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.StartedAt, now).SetProperty(r => r.Trigger, trigger)
            .SetProperty(r => r.FinishedAt, (DateTime?)null).SetProperty(r => r.Succeeded, (bool?)null).SetProperty(r => r.Result, (string?)null), ct);
        if (updated > 0) return;
        db.Add(new JobRegionRun { Name = name, RegionCode = regionCode, StartedAt = now, Trigger = trigger });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear(); // the job shares this DbContext and must start with nothing tracked
    }
}
