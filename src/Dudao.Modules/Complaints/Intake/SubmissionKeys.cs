using System.Security.Cryptography;
using System.Text;
using Dudao.Core.Errors;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Protection;
using Dudao.Modules.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Intake;

/// <param name="KeyHash">SHA-256 of the header's value.</param>
/// <param name="RequestHash">The report's fingerprint (<see cref="RetrySeal.Fingerprint"/>).</param>
public sealed record RetryKey(string KeyHash, string RequestHash);

/// <summary>
/// <c>Idempotency-Key</c> on public reports: a post that repeats a key seen within a day gets that
/// post's receipt back when it carries the same report, and 422 when it carries another.
/// </summary>
public sealed class SubmissionKeys(AppDbContext db, RetrySeal seal, TimeProvider clock)
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 200;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    /// <summary>The key and fingerprint of a post, or null when it sent no key; 400 for a malformed key.</summary>
    public RetryKey? For(string? key, ComplaintInput input, IReadOnlyList<Upload> evidence)
    {
        if (key is null) return null;
        if (key.Length is 0 or > MaxLength || key.Any(c => c is < '!' or > '~'))
            throw ValidationFailedException.For(Header, $"{Header} 请求头应为 1–{MaxLength} 个可见 ASCII 字符（建议使用 UUID）");
        return new RetryKey(Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(key))), seal.Fingerprint(input, evidence));
    }

    /// <summary>The complaint an earlier post with this key filed, with its receipt; null when there is none within a day.</summary>
    public async Task<Submitted?> EarlierAsync(RetryKey key, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime - Lifetime;
        // The public caller's scope matches nothing; the key hash alone finds the record.
        var earlier = await db.Set<SubmissionKey>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(k => k.KeyHash == key.KeyHash && k.CreatedAt >= since, ct);
        if (earlier is null) return null;
        if (earlier.RequestHash != key.RequestHash)
            throw new DomainException(422, $"该 {Header} 已用于另一份内容不同的举报：重试时请原样提交；提交新的举报请换一个新的 {Header}");
        return new Submitted(earlier.ComplaintId, seal.OpenReceipt(earlier.SealedReceipt, earlier.ComplaintId));
    }

    /// <summary>Adds the key's record to the complaint's save; an expired record of the same key makes way.</summary>
    public async Task AddAsync(RetryKey key, Complaint complaint, string receiptCode, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime - Lifetime;
        await db.Set<SubmissionKey>().IgnoreQueryFilters().Where(k => k.KeyHash == key.KeyHash && k.CreatedAt < since).ExecuteDeleteAsync(ct);
        db.Add(new SubmissionKey
        {
            KeyHash = key.KeyHash, RegionCode = complaint.RegionCode, RequestHash = key.RequestHash, ComplaintId = complaint.Id,
            SealedReceipt = seal.SealReceipt(receiptCode, complaint.Id), CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
    }
}
