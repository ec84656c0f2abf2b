using Dudao.Modules.Tasks.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Tasks.Data;

internal sealed class KeyTaskConfiguration : IEntityTypeConfiguration<KeyTask>
{
    public void Configure(EntityTypeBuilder<KeyTask> b)
    {
        b.ToTable("key_tasks");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.Deadline).HasMaxLength(7);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        b.Ignore(x => x.DueOn);
        b.HasIndex(x => new { x.RegionCode, x.Number }).IsUnique();
    }
}

internal sealed class KeyTaskUnitConfiguration : IEntityTypeConfiguration<KeyTaskUnit>
{
    public void Configure(EntityTypeBuilder<KeyTaskUnit> b)
    {
        b.ToTable("key_task_units");
        b.HasKey(x => x.Id);
        b.Property(x => x.KeyTaskId).HasMaxLength(32);
        b.Property(x => x.DepartmentId).HasMaxLength(32);
        b.Property(x => x.DepartmentName).HasMaxLength(64);
        b.HasIndex(x => new { x.KeyTaskId, x.DepartmentId }).IsUnique();
        b.HasIndex(x => x.DepartmentId);
    }
}

internal sealed class KeyTaskMilestoneConfiguration : IEntityTypeConfiguration<KeyTaskMilestone>
{
    public void Configure(EntityTypeBuilder<KeyTaskMilestone> b)
    {
        b.ToTable("key_task_milestones");
        b.HasKey(x => x.Id);
        b.Property(x => x.KeyTaskId).HasMaxLength(32);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Month).HasMaxLength(7);
        b.HasIndex(x => x.KeyTaskId);
    }
}

internal sealed class KeyTaskReportConfiguration : IEntityTypeConfiguration<KeyTaskReport>
{
    public void Configure(EntityTypeBuilder<KeyTaskReport> b)
    {
        b.ToTable("key_task_reports");
        b.HasKey(x => x.Id);
        b.Property(x => x.KeyTaskId).HasMaxLength(32);
        b.Property(x => x.Month).HasMaxLength(7);
        b.Property(x => x.DepartmentId).HasMaxLength(32);
        b.Property(x => x.UnitName).HasMaxLength(64);
        b.Property(x => x.Text).HasMaxLength(2000);
        b.Property(x => x.ReportedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.KeyTaskId, x.Month });
    }
}
