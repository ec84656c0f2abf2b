using System.Globalization;
using System.Text.Json;
using Dudao.Core.Scope;
using Dudao.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Platform.AuditTrail;

/// <summary>
/// Where the chain resumes after the retention sweep deleted its beginning: the last deleted
/// position and its hash, written as an audit entry in the sweep's own transaction (and chained
/// like any other), so the remaining chain still verifies from its first entry.
/// </summary>
internal sealed record RetentionAnchor(long ThroughSeq, string Hash)
{
    public const string Action = "purge";
    private static readonly string EntityType = nameof(AuditEntry);

    public AuditEntry ToEntry(int deleted, DateTime before, DateTime now) => new()
    {
        At = now,
        UserName = SystemUser.Instance.UserName,
        RegionCode = SystemUser.Instance.RegionCode,
        Action = Action,
        EntityType = EntityType,
        EntityId = ThroughSeq.ToString(CultureInfo.InvariantCulture),
        Changes = JsonSerializer.Serialize(new { ThroughSeq, Hash, Deleted = deleted, Before = before }),
    };

    public static async Task<RetentionAnchor?> LatestAsync(IQueryable<AuditEntry> entries, CancellationToken ct)
    {
        var written = await entries.Where(e => e.EntityType == EntityType && e.Action == Action).Select(e => e.Changes!).ToListAsync(ct);
        return written.Select(Parse).OfType<RetentionAnchor>().MaxBy(a => a.ThroughSeq);
    }

    /// <summary>An anchor edited out of shape counts as none: the chain's start then shows as a gap.</summary>
    private static RetentionAnchor? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<RetentionAnchor>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
