using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Rectification.Data;

internal sealed class ProblemConfiguration : IEntityTypeConfiguration<Problem>
{
    public void Configure(EntityTypeBuilder<Problem> b)
    {
        b.ToTable("problems");
        b.HasKey(x => x.Id);
        b.Property(x => x.TargetKind).HasMaxLength(16);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.TargetName).HasMaxLength(100);
        b.Property(x => x.TargetUnit).HasMaxLength(100);
        b.Property(x => x.Source).HasMaxLength(20);
        b.Property(x => x.SourceId).HasMaxLength(32);
        b.Property(x => x.Category).HasMaxLength(32);
        b.Property(x => x.Severity).HasMaxLength(8);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.IndicatorCode).HasMaxLength(16);
        b.Property(x => x.ResponsibleKind).HasMaxLength(16);
        b.Property(x => x.ResponsibleId).HasMaxLength(32);
        b.Property(x => x.InspectorId).HasMaxLength(32);
        b.Property(x => x.Status).HasMaxLength(24);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.RegionCode, x.Status, x.Deadline });
        b.HasIndex(x => new { x.TargetKind, x.TargetId });
        b.HasIndex(x => new { x.Source, x.SourceId });
        // The daily overdue job reads across regions by status and deadline, and closed problems by their follow-up date.
        b.HasIndex(x => new { x.Status, x.Deadline });
        b.HasIndex(x => x.FollowUpOn);
    }
}
