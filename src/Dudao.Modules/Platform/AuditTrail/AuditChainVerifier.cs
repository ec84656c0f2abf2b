using Dudao.Data;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Platform.AuditTrail;

/// <summary>A place where the chain does not hold, named by its position and entry id.</summary>
internal sealed record AuditChainBreak(long Seq, string EntryId, string Problem)
{
    public override string ToString() => $"第 {Seq} 条（{EntryId}）：{Problem}";
}

internal sealed record AuditChainReport(long Checked, long Pending, long HeadSeq, string HeadHash, IReadOnlyList<AuditChainBreak> Breaks, int BreakCount)
{
    public bool Intact => BreakCount == 0;

    public string Headline => Intact
        ? $"审计链完好：已核对 {Checked} 条，链尾为第 {HeadSeq} 条（哈希 {HeadHash}），另有 {Pending} 条待链接"
        : $"审计链断裂 {BreakCount} 处（已核对 {Checked} 条）";
}

/// <summary>
/// Walks the chain in order and recomputes every hash. An edited entry fails its own hash; a
/// deleted one leaves a gap; an entry replaced with a recomputed hash no longer matches the next
/// entry's "previous hash". The chain starts at the first entry ever (genesis) or, after the
/// retention sweep, where its anchor says. Entries removed from the end leave no trace here: the
/// head printed with each result is for keeping outside the database (ADR-044).
/// </summary>
internal sealed class AuditChainVerifier(AppDbContext db)
{
    private const int MaxListed = 100;

    public async Task<AuditChainReport> VerifyAsync(CancellationToken ct)
    {
        var entries = db.AuditEntries.IgnoreQueryFilters().AsNoTracking();
        var anchor = await RetentionAnchor.LatestAsync(entries, ct);
        var (expectedSeq, expectedPrev) = anchor is null ? (1L, AuditHash.Genesis) : (anchor.ThroughSeq + 1, anchor.Hash);
        var breaks = new List<AuditChainBreak>();
        var breakCount = 0;
        long checkedCount = 0;

        void Break(long seq, string id, string problem)
        {
            breakCount++;
            if (breaks.Count < MaxListed) breaks.Add(new AuditChainBreak(seq, id, problem));
        }

        await foreach (var entry in entries.Where(e => e.ChainSeq != null).OrderBy(e => e.ChainSeq).AsAsyncEnumerable().WithCancellation(ct))
        {
            var seq = entry.ChainSeq!.Value;
            if (seq != expectedSeq)
                Break(seq, entry.Id, seq > expectedSeq ? $"其前的{Positions(expectedSeq, seq - 1)}已被删除" : $"序号不连续，应为第 {expectedSeq} 条");
            else if (entry.PrevHash != expectedPrev)
                Break(seq, entry.Id, $"记录的前一哈希与第 {seq - 1} 条不符：第 {seq - 1} 条被改动或替换");
            if (!IsHash(entry.PrevHash) || !IsHash(entry.Hash) || AuditHash.Of(entry.PrevHash!, seq, entry) != entry.Hash)
                Break(seq, entry.Id, "内容与哈希不符：本条被改动");
            (expectedSeq, expectedPrev) = (seq + 1, entry.Hash ?? "");
            checkedCount++;
        }

        var pending = await entries.LongCountAsync(e => e.ChainSeq == null, ct);
        return new AuditChainReport(checkedCount, pending, expectedSeq - 1, expectedPrev, breaks, breakCount);
    }

    private static string Positions(long from, long to) => from == to ? $"第 {from} 条" : $"第 {from}–{to} 条";

    private static bool IsHash(string? value) => value is { Length: 64 } && value.All(char.IsAsciiHexDigitLower);
}
