using Dudao.Core.Scope;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Data.Audit;

/// <summary>
/// Append-only: who did what to which record, when. The tables refuse UPDATE and DELETE (triggers
/// in the migrations). Scoped by the actor's region so an office reads its own subtree's trail.
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
        b.ToTable("AuditEntries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasMaxLength(32);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.RegionCode).HasMaxLength(9);
        b.Property(x => x.Action).HasMaxLength(32);
        b.Property(x => x.EntityType).HasMaxLength(64);
        b.Property(x => x.EntityId).HasMaxLength(64);
        b.HasIndex(x => x.At);
        b.HasIndex(x => new { x.EntityType, x.EntityId });
    }
}
