using System.Diagnostics;
using System.Threading.RateLimiting;

namespace Dudao.Modules.Shared.Clients;

/// <summary>
/// One client's limiter over <see cref="SharedRateCounter"/>. The synchronous attempt never grants,
/// so the rate-limiting middleware always asks <see cref="AcquireAsyncCore"/>, which counts in the database.
/// </summary>
internal sealed class SharedWindowLimiter(SharedRateCounter counter, string policy, string client, int permits, TimeSpan window) : RateLimiter
{
    private long _lastUsed = Stopwatch.GetTimestamp();

    // Lets the partitioned limiter drop a client that has been quiet for a window; its count stays in the database.
    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed)) is var idle && idle > window ? idle : null;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Refused;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
        var count = await counter.IncrementAsync(policy, client, window, cancellationToken);
        return count <= permits ? Lease.Granted : Lease.Refused;
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Granted = new(true);
        public static readonly Lease Refused = new(false);

        public override bool IsAcquired => acquired;
        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
