using Dudao.Modules.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Indicators.Data;

internal sealed class IndicatorTemplateConfiguration : IEntityTypeConfiguration<IndicatorTemplate>
{
    public void Configure(EntityTypeBuilder<IndicatorTemplate> b)
    {
        b.ToTable("indicator_templates");
        b.HasKey(x => x.Id);
        b.Property(x => x.Key).HasMaxLength(64);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.TargetKind).HasMaxLength(16);
        b.Property(x => x.OwnerRegion).HasMaxLength(9);
        b.Property(x => x.BasedOnId).HasMaxLength(32);
        b.HasIndex(x => new { x.Key, x.Year, x.OwnerRegion }).IsUnique();
    }
}

internal sealed class IndicatorNodeConfiguration : IEntityTypeConfiguration<IndicatorNode>
{
    public void Configure(EntityTypeBuilder<IndicatorNode> b)
    {
        b.ToTable("indicator_nodes");
        b.HasKey(x => new { x.TemplateId, x.Code });
        b.Property(x => x.TemplateId).HasMaxLength(32);
        b.Property(x => x.Code).HasMaxLength(16);
        b.Property(x => x.ParentCode).HasMaxLength(16);
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.Guidance).HasMaxLength(2000);
        b.Property(x => x.ScoringKind).HasMaxLength(8);
        b.Property(x => x.Unit).HasMaxLength(16);
        b.Property(x => x.AppliesTo).HasMaxLength(64);
        b.Ignore(x => x.IsItem);
    }
}

internal sealed class IndicatorBandConfiguration : IEntityTypeConfiguration<IndicatorBand>
{
    public void Configure(EntityTypeBuilder<IndicatorBand> b)
    {
        b.ToTable("indicator_bands");
        b.HasKey(x => new { x.TemplateId, x.NodeCode, x.Position });
        b.Property(x => x.TemplateId).HasMaxLength(32);
        b.Property(x => x.NodeCode).HasMaxLength(16);
    }
}
