using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Platform.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Intake;

/// <summary>Every night: forgets the <c>Idempotency-Key</c>s of public reports older than a day, with their sealed receipts.</summary>
internal sealed class SubmissionKeyExpiry(AppDbContext db, TimeProvider clock) : IScheduledJob
{
    public const string JobName = "complaint-submission-keys";

    public string Name => JobName;
    public string Title => "清理过期的举报重复提交凭据";
    public JobSchedule Schedule => JobSchedule.Daily(3, 30);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - SubmissionKeys.Lifetime;
        var deleted = await db.Set<SubmissionKey>().Where(k => k.CreatedAt < cutoff).ExecuteDeleteAsync(ct);
        return $"删除过期的举报重试键 {deleted} 个";
    }
}
