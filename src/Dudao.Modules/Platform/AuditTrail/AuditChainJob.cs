using Dudao.Data;
using Dudao.Data.Audit;
using Dudao.Modules.Platform.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Platform.AuditTrail;

/// <summary>
/// Links the audit entries written since the last run to the end of the chain, oldest first (by
/// time, then id), so writers never wait on a lock. An entry whose transaction committed late is
/// simply chained in a later run. One instance runs it at a time (the job lease); should two runs
/// ever overlap, the unique chain position and the database's refusal to chain an entry twice fail
/// the second, so the chain stays linear.
/// </summary>
internal sealed class AuditChainJob(AppDbContext db) : IScheduledJob
{
    private const int Batch = 1000;

    public string Name => "audit-chain";
    public string Title => "审计日志链接哈希";
    public JobSchedule Schedule => JobSchedule.EveryMinutes(5);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var chained = 0;
        while (await ChainBatchAsync(ct) is var count and > 0) chained += count;
        var head = await HeadAsync(ct);
        return $"新链接 {chained} 条审计记录，链尾为第 {head?.Seq ?? 0} 条";
    }

    private async Task<int> ChainBatchAsync(CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var pending = await db.AuditEntries.IgnoreQueryFilters().Where(e => e.ChainSeq == null)
            .OrderBy(e => e.At).ThenBy(e => e.Id).Take(Batch).ToListAsync(ct);
        if (pending.Count == 0) return 0;
        var head = await HeadAsync(ct);
        var (seq, prev) = (head?.Seq ?? 0, head?.Hash ?? AuditHash.Genesis);
        foreach (var entry in pending)
        {
            seq++;
            var hash = AuditHash.Of(prev, seq, entry);
            entry.Chain(seq, prev, hash);
            prev = hash;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return pending.Count;
    }

    private Task<ChainHead?> HeadAsync(CancellationToken ct) =>
        db.AuditEntries.IgnoreQueryFilters().Where(e => e.ChainSeq != null).OrderByDescending(e => e.ChainSeq)
            .Select(e => new ChainHead(e.ChainSeq!.Value, e.Hash!)).FirstOrDefaultAsync(ct);

    private sealed record ChainHead(long Seq, string Hash);
}
