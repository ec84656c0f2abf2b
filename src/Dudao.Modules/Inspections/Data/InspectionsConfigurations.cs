using Dudao.Modules.Inspections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Inspections.Data;

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> b)
    {
        b.ToTable("visits");
        b.HasKey(x => x.Id);
        b.Property(x => x.TargetKind).HasMaxLength(16);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.TargetName).HasMaxLength(100);
        b.Property(x => x.Month).HasMaxLength(7);
        b.Property(x => x.Kind).HasMaxLength(16);
        b.Property(x => x.Methods).HasMaxLength(200);
        b.Property(x => x.TemplateId).HasMaxLength(32);
        b.Property(x => x.InspectorId).HasMaxLength(32);
        b.Property(x => x.InspectorName).HasMaxLength(64);
        b.Property(x => x.SpecialInspectionId).HasMaxLength(32);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.Property(x => x.Feedback).HasMaxLength(2000);
        b.Property(x => x.Highlights).HasMaxLength(2000);
        b.Property(x => x.Requirements).HasMaxLength(2000);
        b.Property(x => x.Suggestions).HasMaxLength(2000);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        b.Property(x => x.AcknowledgedBy).HasMaxLength(64);
        b.Ignore(x => x.MethodList);
        b.Ignore(x => x.ResultList);
        b.HasIndex(x => new { x.RegionCode, x.Date });
        b.HasIndex(x => new { x.TargetKind, x.TargetId, x.Date });
        b.HasIndex(x => x.SpecialInspectionId);
    }
}

internal sealed class CoverageMarkConfiguration : IEntityTypeConfiguration<CoverageMark>
{
    public void Configure(EntityTypeBuilder<CoverageMark> b)
    {
        b.ToTable("coverage_marks");
        b.HasKey(x => new { x.Month, x.TargetId });
        b.Property(x => x.Month).HasMaxLength(7);
        b.Property(x => x.TargetKind).HasMaxLength(16);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.VisitId).HasMaxLength(32);
        // Counting a month per county and kind reads this index alone.
        b.HasIndex(x => new { x.Month, x.RegionCode, x.TargetKind });
    }
}

internal sealed class SelfAssessmentRoundConfiguration : IEntityTypeConfiguration<SelfAssessmentRound>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentRound> b)
    {
        b.ToTable("self_assessment_rounds");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.TemplateId).HasMaxLength(32);
        b.Property(x => x.TargetKind).HasMaxLength(16);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        b.HasIndex(x => x.RegionCode);
    }
}

internal sealed class SelfAssessmentConfiguration : IEntityTypeConfiguration<SelfAssessment>
{
    public void Configure(EntityTypeBuilder<SelfAssessment> b)
    {
        b.ToTable("self_assessments");
        b.HasKey(x => x.Id);
        b.Property(x => x.RoundId).HasMaxLength(32);
        b.Property(x => x.TargetKind).HasMaxLength(16);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.TargetName).HasMaxLength(100);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.SubmittedBy).HasMaxLength(64);
        b.Property(x => x.SummaryWork).HasMaxLength(SelfAssessment.SummaryMax);
        b.Property(x => x.SummaryHighlights).HasMaxLength(SelfAssessment.SummaryMax);
        b.Property(x => x.SummaryProblems).HasMaxLength(SelfAssessment.SummaryMax);
        b.Property(x => x.SummaryNextSteps).HasMaxLength(SelfAssessment.SummaryMax);
        b.Ignore(x => x.ResultList);
        b.HasIndex(x => new { x.RoundId, x.TargetId }).IsUnique();
        b.HasIndex(x => new { x.TargetKind, x.TargetId });
    }
}

internal sealed class SpecialInspectionConfiguration : IEntityTypeConfiguration<SpecialInspection>
{
    public void Configure(EntityTypeBuilder<SpecialInspection> b)
    {
        b.ToTable("special_inspections");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.TemplateId).HasMaxLength(32);
        b.Property(x => x.TargetKind).HasMaxLength(16);
        b.Property(x => x.Kind).HasMaxLength(16);
        b.Property(x => x.LeadDepartmentId).HasMaxLength(32);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        b.HasIndex(x => x.RegionCode);
    }
}

internal sealed class SpecialInspectionTargetConfiguration : IEntityTypeConfiguration<SpecialInspectionTarget>
{
    public void Configure(EntityTypeBuilder<SpecialInspectionTarget> b)
    {
        b.ToTable("special_inspection_targets");
        b.HasKey(x => new { x.SpecialInspectionId, x.TargetId });
        b.Property(x => x.SpecialInspectionId).HasMaxLength(32);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.TargetName).HasMaxLength(100);
    }
}

internal sealed class SpecialInspectionMemberConfiguration : IEntityTypeConfiguration<SpecialInspectionMember>
{
    public void Configure(EntityTypeBuilder<SpecialInspectionMember> b)
    {
        b.ToTable("special_inspection_members");
        b.HasKey(x => new { x.SpecialInspectionId, x.InspectorId });
        b.Property(x => x.SpecialInspectionId).HasMaxLength(32);
        b.Property(x => x.InspectorId).HasMaxLength(32);
        b.Property(x => x.InspectorName).HasMaxLength(64);
    }
}

internal sealed class VisitDraftConfiguration : IEntityTypeConfiguration<VisitDraft>
{
    public void Configure(EntityTypeBuilder<VisitDraft> b)
    {
        b.ToTable("visit_drafts");
        b.HasKey(x => x.Id);
        b.Property(x => x.UserId).HasMaxLength(32);
        b.Property(x => x.TargetKind).HasMaxLength(16);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.VisitId).HasMaxLength(32);
        // One draft per account and target.
        b.HasIndex(x => new { x.UserId, x.TargetKind, x.TargetId }).IsUnique();
    }
}
