using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Organization.Data;

internal sealed class InstitutionEventConfiguration : IEntityTypeConfiguration<InstitutionEvent>
{
    public void Configure(EntityTypeBuilder<InstitutionEvent> b)
    {
        b.ToTable("institution_events");
        b.HasKey(x => x.Id);
        b.Property(x => x.TargetId).HasMaxLength(32).HasColumnName("institution_id");
        b.Property(x => x.Kind).HasMaxLength(16);
        b.Property(x => x.FromState).HasMaxLength(8);
        b.Property(x => x.ToState).HasMaxLength(8);
        b.Property(x => x.StatusBefore).HasMaxLength(8);
        b.Property(x => x.LicenceBefore).HasMaxLength(8);
        b.Property(x => x.CategoryBefore).HasMaxLength(8);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.Details).HasMaxLength(1000);
        b.Property(x => x.DocumentId).HasMaxLength(32);
        b.Property(x => x.RecordedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.TargetId, x.OccurredOn });
        b.HasIndex(x => new { x.RegionCode, x.OccurredOn });
    }
}

internal sealed class InstitutionListEntryConfiguration : IEntityTypeConfiguration<InstitutionListEntry>
{
    public void Configure(EntityTypeBuilder<InstitutionListEntry> b)
    {
        b.ToTable("institution_list_entries");
        b.HasKey(x => x.Id);
        b.Property(x => x.TargetId).HasMaxLength(32).HasColumnName("institution_id");
        b.Property(x => x.List).HasMaxLength(8);
        b.Property(x => x.EntryReason).HasMaxLength(500);
        b.Property(x => x.EnteredBy).HasMaxLength(64);
        b.Property(x => x.RemovalReason).HasMaxLength(500);
        b.Property(x => x.RemovedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.TargetId, x.EnteredOn });
        b.HasIndex(x => new { x.List, x.RemovedOn });
    }
}
