using Dudao.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Shared.Clients;

/// <summary>
/// Counts a client's requests per fixed window in <c>rate_limit_windows</c> with one upsert, so that
/// several instances on one PostgreSQL share a limit. Expired windows are deleted at most once a
/// minute per instance, in the same round trip's wake, so the table stays as small as the live windows.
/// </summary>
internal sealed class SharedRateCounter(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);
    private long _nextSweepTicks;

    /// <summary>Adds one request to the client's current window and returns the window's count, this one included.</summary>
    public async Task<int> IncrementAsync(string policy, string client, TimeSpan window, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var start = new DateTime(now.Ticks - now.Ticks % window.Ticks, DateTimeKind.Utc);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var expires = start + window;
        var count = await db.Database.SqlQuery<int>($"""
            INSERT INTO rate_limit_windows (policy, client, window_start, expires_at, count) VALUES ({policy}, {client}, {start}, {expires}, 1)
            ON CONFLICT (policy, client, window_start) DO UPDATE SET count = rate_limit_windows.count + 1
            RETURNING count AS "Value"
            """).ToListAsync(ct);
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.Ticks >= due && Interlocked.CompareExchange(ref _nextSweepTicks, (now + SweepEvery).Ticks, due) == due)
            await db.Set<RateWindow>().Where(w => w.ExpiresAt < now).ExecuteDeleteAsync(ct);
        return count.Single();
    }
}
