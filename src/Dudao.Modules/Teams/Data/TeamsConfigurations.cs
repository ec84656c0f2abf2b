using Dudao.Modules.Teams.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Teams.Data;

internal sealed class CrossInspectionConfiguration : IEntityTypeConfiguration<CrossInspection>
{
    public void Configure(EntityTypeBuilder<CrossInspection> b)
    {
        b.ToTable("cross_inspections");
        b.HasKey(x => x.Id);
        b.Property(x => x.Seed).HasMaxLength(64);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        // One batch per office and half-year: a second (or two racing) is refused.
        b.HasIndex(x => new { x.RegionCode, x.Year, x.Half }).IsUnique();
    }
}

internal sealed class CrossPairConfiguration : IEntityTypeConfiguration<CrossPair>
{
    public void Configure(EntityTypeBuilder<CrossPair> b)
    {
        b.ToTable("cross_pairs");
        b.HasKey(x => x.Id);
        b.Property(x => x.CrossInspectionId).HasMaxLength(32);
        b.Property(x => x.Inspecting).HasMaxLength(9);
        b.Property(x => x.InspectingName).HasMaxLength(64);
        b.Property(x => x.Inspected).HasMaxLength(9);
        b.Property(x => x.InspectedName).HasMaxLength(64);
        b.HasIndex(x => new { x.CrossInspectionId, x.Inspecting }).IsUnique();
        b.HasIndex(x => new { x.CrossInspectionId, x.Inspected }).IsUnique();
    }
}

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> b)
    {
        b.ToTable("team_members");
        b.HasKey(x => x.Id);
        b.Property(x => x.TeamKind).HasMaxLength(16);
        b.Property(x => x.TeamId).HasMaxLength(32);
        b.Property(x => x.UserId).HasMaxLength(32);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.DisplayName).HasMaxLength(64);
        b.Property(x => x.Agency).HasMaxLength(32);
        b.HasIndex(x => new { x.TeamKind, x.TeamId, x.UserId }).IsUnique();
        b.HasIndex(x => x.UserId);
    }
}

internal sealed class JointTeamConfiguration : IEntityTypeConfiguration<JointTeam>
{
    public void Configure(EntityTypeBuilder<JointTeam> b)
    {
        b.ToTable("joint_teams");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.RegionCode, x.From });
    }
}

internal sealed class JointTargetConfiguration : IEntityTypeConfiguration<JointTarget>
{
    public void Configure(EntityTypeBuilder<JointTarget> b)
    {
        b.ToTable("joint_targets");
        b.HasKey(x => x.Id);
        b.Property(x => x.JointTeamId).HasMaxLength(32);
        b.Property(x => x.TargetKind).HasMaxLength(16);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.TargetName).HasMaxLength(100);
        b.HasIndex(x => new { x.JointTeamId, x.TargetId }).IsUnique();
    }
}
