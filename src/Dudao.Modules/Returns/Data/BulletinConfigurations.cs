using Dudao.Modules.Returns.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Returns.Data;

internal sealed class QuarterlyBulletinConfiguration : IEntityTypeConfiguration<QuarterlyBulletin>
{
    public void Configure(EntityTypeBuilder<QuarterlyBulletin> b)
    {
        b.ToTable("quarterly_bulletins");
        b.HasKey(x => x.Id);
        b.Property(x => x.RegionCode).HasMaxLength(9);
        b.Property(x => x.Quarter).HasMaxLength(8);
        b.Property(x => x.Number).HasMaxLength(80);
        b.Property(x => x.IssuedBy).HasMaxLength(64);
        // Issued once per region and quarter: a second issue (or two racing) is refused.
        b.HasIndex(x => new { x.RegionCode, x.Quarter }).IsUnique();
    }
}

internal sealed class BulletinEscalationConfiguration : IEntityTypeConfiguration<BulletinEscalation>
{
    public void Configure(EntityTypeBuilder<BulletinEscalation> b)
    {
        b.ToTable("quarterly_bulletin_escalations");
        b.HasKey(x => new { x.BulletinId, x.EscalationId });
        b.Property(x => x.BulletinId).HasMaxLength(32);
        b.Property(x => x.EscalationId).HasMaxLength(32);
        b.Property(x => x.Finding).HasMaxLength(16);
        b.HasIndex(x => x.EscalationId).IsUnique();
    }
}
