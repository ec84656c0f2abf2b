using Dudao.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Reporting.Data;

internal sealed class RegionRollupConfiguration : IEntityTypeConfiguration<RegionRollup>
{
    public void Configure(EntityTypeBuilder<RegionRollup> b)
    {
        b.ToTable("region_rollups");
        b.HasKey(x => new { x.RegionCode, x.Month, x.Metric });
        b.Property(x => x.Month).HasMaxLength(7);
        b.Property(x => x.Metric).HasMaxLength(40);
    }
}

internal sealed class RollupSettlementConfiguration : IEntityTypeConfiguration<RollupSettlement>
{
    public void Configure(EntityTypeBuilder<RollupSettlement> b)
    {
        b.ToTable("rollup_settlements");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(40);
    }
}

internal sealed class PublicWarningConfiguration : IEntityTypeConfiguration<PublicWarning>
{
    public void Configure(EntityTypeBuilder<PublicWarning> b)
    {
        b.ToTable("public_warnings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.Month).HasMaxLength(7);
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Body).HasMaxLength(500);
        b.Property(x => x.PublishedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.RegionCode, x.Kind, x.Month }).IsUnique();
    }
}
