using Dudao.Data;
using Dudao.Modules.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Dudao.Modules.Platform.AuditTrail;

/// <summary><c>Dudao:Audit:RetentionMonths</c>: how long audit entries are kept; 6 by default and at least 6 (GB/T 22239).</summary>
internal sealed record AuditRetentionOptions(int Months)
{
    public const string Setting = "Dudao:Audit:RetentionMonths";
    public const int Minimum = 6;

    public static AuditRetentionOptions From(IConfiguration config)
    {
        var value = config[Setting];
        if (value is null) return new(Minimum);
        if (!int.TryParse(value, out var months) || months < Minimum)
            throw new InvalidOperationException($"{Setting} 应为不少于 {Minimum} 的整数（月）：审计记录至少保存 6 个月，当前为“{value}”");
        return new(months);
    }
}

/// <summary>
/// Deletes audit entries older than the retention period, never a younger one: only a prefix of
/// the chain goes, up to the first chained entry still inside the period, so an old entry chained
/// after a young one waits for it. Unchained entries are never deleted. The anchor written in the
/// same transaction lets the rest of the chain verify.
/// </summary>
internal sealed class AuditRetentionJob(AppDbContext db, AuditRetentionOptions options, TimeProvider clock) : IScheduledJob
{
    public string Name => "audit-retention";
    public string Title => "删除超期审计日志";
    public JobSchedule Schedule => JobSchedule.Daily(3, 30);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddMonths(-options.Months);
        var entries = db.AuditEntries.IgnoreQueryFilters();
        var firstKept = await entries.Where(e => e.ChainSeq != null && e.At >= cutoff).MinAsync(e => e.ChainSeq, ct);
        var last = await entries.Where(e => e.ChainSeq != null && (firstKept == null || e.ChainSeq < firstKept))
            .OrderByDescending(e => e.ChainSeq).Select(e => new RetentionAnchor(e.ChainSeq!.Value, e.Hash!)).FirstOrDefaultAsync(ct);
        if (last is null) return $"没有可删除的审计记录（保留 {options.Months} 个月，即 {cutoff:yyyy-MM-dd} 之后的）";

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var deleted = await entries.Where(e => e.ChainSeq <= last.ThroughSeq && e.At < cutoff).ExecuteDeleteAsync(ct);
        db.Add(last.ToEntry(deleted, cutoff, now));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return $"删除 {deleted} 条 {cutoff:yyyy-MM-dd} 之前的审计记录（保留 {options.Months} 个月），审计链自第 {last.ThroughSeq + 1} 条起";
    }
}
