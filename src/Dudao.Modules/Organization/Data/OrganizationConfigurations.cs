using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Organization.Data;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.ToTable("regions");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(9);
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.Level).HasMaxLength(16);
        b.Property(x => x.ParentCode).HasMaxLength(9);
        b.HasIndex(x => x.ParentCode);
    }
}

internal sealed class ZoneConfiguration : IEntityTypeConfiguration<Zone>
{
    public void Configure(EntityTypeBuilder<Zone> b)
    {
        b.ToTable("zones");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(64);
        b.HasIndex(x => new { x.RegionCode, x.Name }).IsUnique();
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.ToTable("departments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.Remit).HasMaxLength(32);
        b.Ignore(x => x.RemitKinds);
        b.HasIndex(x => new { x.RegionCode, x.Name }).IsUnique();
    }
}

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> b)
    {
        b.ToTable("schools");
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(10);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Type).HasMaxLength(16);
        b.Property(x => x.Ownership).HasMaxLength(8);
        b.Property(x => x.Zone).HasMaxLength(64);
        b.Property(x => x.Location).HasMaxLength(8);
        b.Property(x => x.Tier).HasMaxLength(8);
        b.Property(x => x.Boarding).HasMaxLength(8);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.Name });
    }
}

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> b)
    {
        b.ToTable("institutions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Uscc).HasMaxLength(18);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Category).HasMaxLength(8);
        b.Property(x => x.Kind).HasMaxLength(8);
        b.Property(x => x.Profit).HasMaxLength(8);
        b.Property(x => x.Mode).HasMaxLength(8);
        b.Property(x => x.Licence).HasMaxLength(8);
        b.Property(x => x.Status).HasMaxLength(8);
        b.Property(x => x.Address).HasMaxLength(200);
        b.HasIndex(x => x.Uscc).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.Name });
    }
}

internal sealed class InspectorConfiguration : IEntityTypeConfiguration<Inspector>
{
    public void Configure(EntityTypeBuilder<Inspector> b)
    {
        b.ToTable("inspectors");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(32);
        b.Property(x => x.Kind).HasMaxLength(8);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.HasIndex(x => new { x.RegionCode, x.Name });
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> b)
    {
        b.ToTable("assignments");
        b.HasKey(x => new { x.InspectorId, x.TargetKind, x.TargetId });
        b.Property(x => x.InspectorId).HasMaxLength(32);
        b.Property(x => x.TargetKind).HasMaxLength(16);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.Role).HasMaxLength(8);
        b.HasIndex(x => new { x.TargetKind, x.TargetId });
        // A target has at most one second responsible inspector (第二责任督学).
        b.HasIndex(x => new { x.TargetKind, x.TargetId }, "IX_Assignments_Second").HasDatabaseName("ix_assignments_second").IsUnique().HasFilter("role = 'second'");
        b.HasOne<Inspector>().WithMany().HasForeignKey(x => x.InspectorId).OnDelete(DeleteBehavior.Cascade);
    }
}
