using Dudao.Modules.Platform.Jobs;

namespace Dudao.Modules.Platform.AuditTrail;

/// <summary>
/// Every night, checks the whole audit chain. A break fails the run, so it shows as a failed job
/// with the entries named on the jobs page and in the error log.
/// </summary>
internal sealed class AuditVerifyJob(AuditChainVerifier verifier) : IScheduledJob
{
    public string Name => "audit-verify";
    public JobSchedule Schedule => JobSchedule.Daily(3);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var report = await verifier.VerifyAsync(ct);
        if (report.Intact) return report.Headline;
        throw new InvalidOperationException($"{report.Headline}：{string.Join("；", report.Breaks.Take(3))}");
    }
}
