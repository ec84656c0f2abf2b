using Dudao.Modules.Returns.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Returns.Data;

internal sealed class ReturnFormConfiguration : IEntityTypeConfiguration<ReturnForm>
{
    public void Configure(EntityTypeBuilder<ReturnForm> b)
    {
        b.ToTable("return_forms");
        b.HasKey(x => x.Id);
        b.Property(x => x.RegionCode).HasMaxLength(9);
        b.Property(x => x.Key).HasMaxLength(32);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.PeriodKind).HasMaxLength(16);
        b.Property(x => x.Fillers).HasMaxLength(64);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        b.Ignore(x => x.FieldList);
        b.Ignore(x => x.FillerList);
        b.HasIndex(x => x.Key).IsUnique();
        b.HasIndex(x => x.RegionCode);
    }
}

internal sealed class PeriodicReturnConfiguration : IEntityTypeConfiguration<PeriodicReturn>
{
    public void Configure(EntityTypeBuilder<PeriodicReturn> b)
    {
        b.ToTable("returns");
        b.HasKey(x => x.Id);
        b.Property(x => x.FormId).HasMaxLength(32);
        b.Property(x => x.Period).HasMaxLength(8);
        b.Property(x => x.TargetKind).HasMaxLength(16);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.TargetName).HasMaxLength(100);
        b.Property(x => x.ReviewerRegion).HasMaxLength(9);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.SubmittedBy).HasMaxLength(64);
        b.Property(x => x.ReviewedBy).HasMaxLength(64);
        b.Property(x => x.SendBackReason).HasMaxLength(500);
        b.Ignore(x => x.ValueMap);
        // One return per unit, form and period: opening it twice (two tabs, a retry) finds the same row.
        b.HasIndex(x => new { x.FormId, x.Period, x.TargetKind, x.TargetId }).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.FormId, x.Period });
        b.HasIndex(x => new { x.ReviewerRegion, x.Status });
    }
}

internal sealed class ReturnEventConfiguration : IEntityTypeConfiguration<ReturnEvent>
{
    public void Configure(EntityTypeBuilder<ReturnEvent> b)
    {
        b.ToTable("return_events");
        b.HasKey(x => x.Id);
        b.Property(x => x.ReturnId).HasMaxLength(32);
        b.Property(x => x.Action).HasMaxLength(16);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.Actor).HasMaxLength(64);
        b.HasIndex(x => x.ReturnId);
    }
}

internal sealed class AnnualReportTextConfiguration : IEntityTypeConfiguration<AnnualReportText>
{
    public void Configure(EntityTypeBuilder<AnnualReportText> b)
    {
        b.ToTable("annual_report_texts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Highlights).HasMaxLength(AnnualReportText.SectionMax);
        b.Property(x => x.Problems).HasMaxLength(AnnualReportText.SectionMax);
        b.Property(x => x.Suggestions).HasMaxLength(AnnualReportText.SectionMax);
        b.Property(x => x.UpdatedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.RegionCode, x.Year }).IsUnique();
    }
}
