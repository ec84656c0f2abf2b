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
    public async Task<bool> TryClaimAsync(string name, string owner, DateTime? dueSince, string trigger, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + LeaseLength;
        var query = db.Set<JobRun>().Where(j => j.Name == name && (j.LeaseUntil == null || j.LeaseUntil < now));
        if (dueSince is { } due) query = query.Where(j => j.LastStartedAt == null || j.LastStartedAt < due);
        var claimed = await query.ExecuteUpdateAsync(s => s
            .SetProperty(j => j.LeaseOwner, owner)
            .SetProperty(j => j.LeaseUntil, until)
            .SetProperty(j => j.LastStartedAt, now)
            .SetProperty(j => j.LastTrigger, trigger), ct);
        return claimed == 1;
    }

    public Task ReleaseAsync(string name, string owner, bool succeeded, string result, CancellationToken ct) =>
        db.Set<JobRun>().Where(j => j.Name == name && j.LeaseOwner == owner).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseUntil, (DateTime?)null)
            .SetProperty(j => j.LastFinishedAt, clock.GetUtcNow().UtcDateTime)
            .SetProperty(j => j.LastSucceeded, succeeded)
            .SetProperty(j => j.LastResult, result.Length > 500 ? result[..500] : result), ct);
}
