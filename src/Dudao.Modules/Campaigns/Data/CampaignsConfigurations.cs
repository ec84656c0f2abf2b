using Dudao.Modules.Campaigns.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Campaigns.Data;

internal sealed class DrawConfiguration : IEntityTypeConfiguration<Draw>
{
    public void Configure(EntityTypeBuilder<Draw> b)
    {
        b.ToTable("draws");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.TargetKind).HasMaxLength(16);
        b.Property(x => x.SeedSource).HasMaxLength(200);
        b.Property(x => x.InputsHash).HasMaxLength(64);
        b.Property(x => x.Algorithm).HasMaxLength(32);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.Seed).HasMaxLength(64);
        b.Property(x => x.RunBy).HasMaxLength(64);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.RegionCode, x.CreatedAt });
    }
}

internal sealed class TargetingListConfiguration : IEntityTypeConfiguration<TargetingList>
{
    public void Configure(EntityTypeBuilder<TargetingList> b)
    {
        b.ToTable("targeting_lists");
        b.HasKey(x => x.Id);
        b.Property(x => x.Month).HasMaxLength(7);
        b.Property(x => x.AcceptedBy).HasMaxLength(64);
        // One accepted list per county and month: a second acceptance replaces its entries.
        b.HasIndex(x => new { x.RegionCode, x.Month }).IsUnique();
    }
}

internal sealed class TargetingEntryConfiguration : IEntityTypeConfiguration<TargetingEntry>
{
    public void Configure(EntityTypeBuilder<TargetingEntry> b)
    {
        b.ToTable("targeting_entries");
        b.HasKey(x => new { x.ListId, x.TargetId });
        b.Property(x => x.ListId).HasMaxLength(32);
        b.Property(x => x.TargetKind).HasMaxLength(16);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.TargetName).HasMaxLength(100);
    }
}

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        b.ToTable("campaigns");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Kind).HasMaxLength(16);
        b.Property(x => x.TargetKind).HasMaxLength(16);
        b.Property(x => x.FilterText).HasMaxLength(200);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.RegionCode, x.StartsOn });
    }
}

internal sealed class CampaignTargetConfiguration : IEntityTypeConfiguration<CampaignTarget>
{
    public void Configure(EntityTypeBuilder<CampaignTarget> b)
    {
        b.ToTable("campaign_targets");
        b.HasKey(x => new { x.CampaignId, x.TargetId });
        b.Property(x => x.CampaignId).HasMaxLength(32);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.TargetName).HasMaxLength(100);
    }
}

internal sealed class CampaignMemberConfiguration : IEntityTypeConfiguration<CampaignMember>
{
    public void Configure(EntityTypeBuilder<CampaignMember> b)
    {
        b.ToTable("campaign_members");
        b.HasKey(x => new { x.CampaignId, x.InspectorId });
        b.Property(x => x.CampaignId).HasMaxLength(32);
        b.Property(x => x.InspectorId).HasMaxLength(32);
        b.Property(x => x.InspectorName).HasMaxLength(64);
    }
}
