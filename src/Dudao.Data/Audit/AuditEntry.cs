using Dudao.Core.Scope;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Data.Audit;

/// <summary>
/// Append-only: who did what to which record, when. The table refuses UPDATE and DELETE (triggers
/// in the migrations) except filling in the chain columns once and deleting chained entries older
/// than six months. Scoped by the actor's region so an office reads its own subtree's trail.
/// </summary>
public sealed class AuditEntry : IRegionScoped, ILogEntry
{
    public string Id { get; init; } = Core.Ids.New();
    public DateTime At { get; init; }
    public string UserName { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public string Action { get; init; } = "";
    public string EntityType { get; init; } = "";
    public string EntityId { get; init; } = "";
    public string? Changes { get; init; }

    /// <summary>Position in the audit hash chain; null until the chain job links the entry after its commit (ADR-044).</summary>
    public long? ChainSeq { get; private set; }

    /// <summary>Hash of the entry at <see cref="ChainSeq"/> − 1 (or of the entry the retention sweep deleted last).</summary>
    public string? PrevHash { get; private set; }

    /// <summary>SHA-256 of <see cref="PrevHash"/> and this entry's content, hex.</summary>
    public string? Hash { get; private set; }

    /// <summary>Links the entry into the chain; the database refuses to do it twice.</summary>
    public void Chain(long seq, string prevHash, string hash)
    {
        ChainSeq = seq;
        PrevHash = prevHash;
        Hash = hash;
    }
}

/// <summary>Marks an entity whose writes are recorded in the audit log.</summary>
public interface IAudited
{
    string Id { get; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.HasKey(x => x.Id);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.Action).HasMaxLength(32);
        b.Property(x => x.EntityType).HasMaxLength(64);
        b.Property(x => x.EntityId).HasMaxLength(64);
        b.HasIndex(x => x.At);
        b.HasIndex(x => new { x.EntityType, x.EntityId });
        b.Property(x => x.PrevHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.HasIndex(x => x.ChainSeq).IsUnique();
        // The chain job's work list: only entries not yet chained, oldest first.
        b.HasIndex(x => new { x.At, x.Id }).HasFilter("chain_seq IS NULL");
    }
}
