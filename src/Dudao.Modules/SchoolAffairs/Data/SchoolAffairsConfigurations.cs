using Dudao.Modules.SchoolAffairs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.SchoolAffairs.Data;

internal sealed class HomeworkWeekConfiguration : IEntityTypeConfiguration<HomeworkWeek>
{
    public void Configure(EntityTypeBuilder<HomeworkWeek> b)
    {
        b.ToTable("homework_weeks");
        b.HasKey(x => x.Id);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.ClassName).HasMaxLength(30);
        b.Property(x => x.Lines).HasMaxLength(8000);
        b.Property(x => x.Violations).HasMaxLength(4000);
        b.Property(x => x.ProblemId).HasMaxLength(32);
        b.Property(x => x.PublishedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.TargetId, x.WeekOf, x.Grade, x.ClassName }).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.WeekOf });
    }
}

internal sealed class ExamCalendarConfiguration : IEntityTypeConfiguration<ExamCalendar>
{
    public void Configure(EntityTypeBuilder<ExamCalendar> b)
    {
        b.ToTable("exam_calendars");
        b.HasKey(x => x.Id);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.Term).HasMaxLength(6);
        b.Property(x => x.Exams).HasMaxLength(8000);
        b.Property(x => x.Violations).HasMaxLength(4000);
        b.Property(x => x.ProblemId).HasMaxLength(32);
        b.Property(x => x.UpdatedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.TargetId, x.Term }).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.Term });
    }
}

internal sealed class AfterSchoolPlanConfiguration : IEntityTypeConfiguration<AfterSchoolPlan>
{
    public void Configure(EntityTypeBuilder<AfterSchoolPlan> b)
    {
        b.ToTable("after_school_plans");
        b.HasKey(x => x.Id);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.Term).HasMaxLength(6);
        b.Property(x => x.Funding).HasMaxLength(100);
        b.Property(x => x.FeePerTerm).HasPrecision(10, 2);
        b.Property(x => x.TeacherSubsidy).HasPrecision(10, 2);
        b.Property(x => x.Violations).HasMaxLength(4000);
        b.Property(x => x.ProblemId).HasMaxLength(32);
        b.Property(x => x.UpdatedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.TargetId, x.Term }).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.Term });
    }
}

internal sealed class ExcellentCaseConfiguration : IEntityTypeConfiguration<ExcellentCase>
{
    public void Configure(EntityTypeBuilder<ExcellentCase> b)
    {
        b.ToTable("excellent_cases");
        b.HasKey(x => x.Id);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.SubmitterKind).HasMaxLength(20);
        b.Property(x => x.SubmitterId).HasMaxLength(32);
        b.Property(x => x.SubmitterName).HasMaxLength(100);
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Category).HasMaxLength(20);
        b.Property(x => x.Text).HasMaxLength(10000);
        b.Property(x => x.Quarter).HasMaxLength(6);
        b.Property(x => x.Status).HasMaxLength(20);
        b.Property(x => x.SubmittedBy).HasMaxLength(64);
        b.Property(x => x.ReviewedBy).HasMaxLength(64);
        b.Property(x => x.ReviewNote).HasMaxLength(500);
        b.HasIndex(x => new { x.RegionCode, x.Quarter });
        b.HasIndex(x => new { x.Status, x.ReviewedAt });
    }
}

internal sealed class MaterialFilingConfiguration : IEntityTypeConfiguration<MaterialFiling>
{
    public void Configure(EntityTypeBuilder<MaterialFiling> b)
    {
        b.ToTable("material_filings");
        b.HasKey(x => x.Id);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.Term).HasMaxLength(6);
        b.Property(x => x.Items).HasMaxLength(30000);
        b.Property(x => x.UpdatedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.TargetId, x.Term }).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.Term });
    }
}
