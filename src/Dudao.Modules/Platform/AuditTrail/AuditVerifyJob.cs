using Dudao.Modules.Platform.Jobs;
using Microsoft.Extensions.Logging;

namespace Dudao.Modules.Platform.AuditTrail;

/// <summary>
/// Every night, checks the whole audit chain. A break fails the run, so it shows as a failed job
/// with the entries named on the jobs page and in the error log. An intact chain's head goes to
/// the log, to be kept outside the database (ADR-044).
/// </summary>
internal sealed class AuditVerifyJob(AuditChainVerifier verifier, ILogger<AuditVerifyJob> logger) : IScheduledJob
{
    public string Name => "audit-verify";
    public string Title => "校验审计日志完整性";
    public JobSchedule Schedule => JobSchedule.Daily(3);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var report = await verifier.VerifyAsync(ct);
        if (!report.Intact) throw new InvalidOperationException($"{report.Headline}：{string.Join("；", report.Breaks.Take(3))}");
        logger.LogInformation("Audit chain intact up to {Seq} with hash {Hash}", report.HeadSeq, report.HeadHash);
        return report.Headline;
    }
}
