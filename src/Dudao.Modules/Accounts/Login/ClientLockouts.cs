using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dudao.Modules.Accounts.Login;

/// <summary>
/// The lockout of one account name for one client: 5 failures from that client lock it out for 15
/// minutes (Identity's lockout options); other clients, the holder's among them, are unaffected.
/// Counted with atomic updates, so simultaneous attempts neither conflict nor lose a failure.
/// </summary>
internal sealed class ClientLockouts(AppDbContext db, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    // A client's key changes daily, so older rows can no longer match.
    private static readonly TimeSpan Kept = TimeSpan.FromDays(1);

    private LockoutOptions Options => identity.Value.Lockout;
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<bool> IsLockedAsync(string userName, string client, CancellationToken ct)
    {
        var now = Now;
        return Row(userName, client).AnyAsync(l => l.LockedUntil > now, ct);
    }

    /// <returns>true when this failure locks the account for the client.</returns>
    public async Task<bool> FailedAsync(string userName, string client, CancellationToken ct)
    {
        var now = Now;
        if (await IncrementAsync(userName, client, now, ct) == 0)
        {
            var cutoff = now - Kept;
            await db.Set<LoginLockout>().Where(l => l.LastFailureAt < cutoff).ExecuteDeleteAsync(ct);
            if (!await TryInsertAsync(userName, client, now, ct)) await IncrementAsync(userName, client, now, ct);
        }
        var failures = await Row(userName, client).Select(l => l.Failures).SingleAsync(ct);
        if (failures < Options.MaxFailedAccessAttempts) return false;
        await Row(userName, client).ExecuteUpdateAsync(s => s
            .SetProperty(l => l.Failures, 0)
            .SetProperty(l => l.LockedUntil, now + Options.DefaultLockoutTimeSpan), ct);
        return true;
    }

    public Task SucceededAsync(string userName, string client, CancellationToken ct) => Row(userName, client).ExecuteDeleteAsync(ct);

    /// <summary>The accounts among <paramref name="userNames"/> (normalized) that some client is locked out of now.</summary>
    public async Task<HashSet<string>> LockedAsync(IReadOnlyCollection<string> userNames, CancellationToken ct)
    {
        var now = Now;
        var locked = await db.Set<LoginLockout>().AsNoTracking()
            .Where(l => userNames.Contains(l.UserName) && l.LockedUntil > now)
            .Select(l => l.UserName).Distinct().ToListAsync(ct);
        return [.. locked];
    }

    private Task<int> IncrementAsync(string userName, string client, DateTime now, CancellationToken ct) =>
        Row(userName, client).ExecuteUpdateAsync(s => s
            .SetProperty(l => l.Failures, l => l.Failures + 1)
            .SetProperty(l => l.LastFailureAt, now), ct);

    /// <returns>false when a simultaneous attempt inserted the row first.</returns>
    private async Task<bool> TryInsertAsync(string userName, string client, DateTime now, CancellationToken ct)
    {
        var row = new LoginLockout { UserName = userName, ClientKey = client, Failures = 1, LastFailureAt = now };
        db.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }

    private IQueryable<LoginLockout> Row(string userName, string client) =>
        db.Set<LoginLockout>().Where(l => l.UserName == userName && l.ClientKey == client);
}
