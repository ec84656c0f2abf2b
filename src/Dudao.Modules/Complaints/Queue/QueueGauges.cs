using System.Diagnostics.Metrics;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dudao.Modules.Complaints.Queue;

/// <summary>
/// Queue lengths for operations, over every region: complaints awaiting acceptance
/// (<c>dudao.complaints.awaiting_acceptance</c>) and in handling (<c>dudao.complaints.in_handling</c>).
/// Counted when a collector reads them (a Prometheus scrape), at most every 30 seconds per instance.
/// </summary>
public sealed class QueueGauges(IServiceScopeFactory scopes, TimeProvider clock) : IHostedService, IDisposable
{
    public const string MeterName = "Dudao.Complaints";
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);

    private readonly Meter _meter = new(MeterName);
    private readonly Lock _gate = new();
    private (DateTimeOffset At, int Received, int Accepted)? _last;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _meter.CreateObservableGauge("dudao.complaints.awaiting_acceptance", () => Counts().Received, description: "Complaints received and not yet accepted");
        _meter.CreateObservableGauge("dudao.complaints.in_handling", () => Counts().Accepted, description: "Complaints accepted and not yet closed");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _meter.Dispose();

    private (int Received, int Accepted) Counts()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_last is { } last && now - last.At < Fresh) return (last.Received, last.Accepted);
            using var scope = SystemScope.Create(scopes);
            var counts = scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Complaint>()
                .Where(c => c.Status == ComplaintStatuses.Received || c.Status == ComplaintStatuses.Accepted)
                .GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionary(g => g.Key, g => g.Count);
            _last = (now, counts.GetValueOrDefault(ComplaintStatuses.Received), counts.GetValueOrDefault(ComplaintStatuses.Accepted));
            return (_last.Value.Received, _last.Value.Accepted);
        }
    }
}
