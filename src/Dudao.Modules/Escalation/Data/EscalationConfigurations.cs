using Dudao.Modules.Escalation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Escalation.Data;

internal sealed class EscalationRecordConfiguration : IEntityTypeConfiguration<EscalationRecord>
{
    public void Configure(EntityTypeBuilder<EscalationRecord> b)
    {
        b.ToTable("escalations");
        b.HasKey(x => x.Id);
        b.Property(x => x.TargetKind).HasMaxLength(16);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.TargetName).HasMaxLength(100);
        b.Property(x => x.TargetUnit).HasMaxLength(100);
        b.Property(x => x.Level).HasMaxLength(16);
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.NoticeForm).HasMaxLength(8);
        b.Property(x => x.InterviewPlace).HasMaxLength(100);
        b.Property(x => x.InterviewAttendees).HasMaxLength(500);
        b.Property(x => x.InterviewMinutes).HasMaxLength(4000);
        b.Property(x => x.Requirement).HasMaxLength(2000);
        b.Property(x => x.Reply).HasMaxLength(4000);
        b.Property(x => x.RepliedBy).HasMaxLength(64);
        b.Property(x => x.AccountabilityForm).HasMaxLength(16);
        b.Property(x => x.AccountableKind).HasMaxLength(8);
        b.Property(x => x.AccountableName).HasMaxLength(100);
        b.Property(x => x.PublicDecision).HasMaxLength(2000);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.RegionCode, x.DecidedOn });
        b.HasIndex(x => new { x.TargetKind, x.TargetId, x.Level });
        b.HasIndex(x => x.PublishedAt);
    }
}

internal sealed class EscalationProblemConfiguration : IEntityTypeConfiguration<EscalationProblem>
{
    public void Configure(EntityTypeBuilder<EscalationProblem> b)
    {
        b.ToTable("escalation_problems");
        b.HasKey(x => new { x.EscalationId, x.ProblemId });
        b.Property(x => x.EscalationId).HasMaxLength(32);
        b.Property(x => x.ProblemId).HasMaxLength(32);
        b.HasIndex(x => x.ProblemId);
    }
}

internal sealed class EscalationComplaintConfiguration : IEntityTypeConfiguration<EscalationComplaint>
{
    public void Configure(EntityTypeBuilder<EscalationComplaint> b)
    {
        b.ToTable("escalation_complaints");
        b.HasKey(x => new { x.EscalationId, x.ComplaintId });
        b.Property(x => x.EscalationId).HasMaxLength(32);
        b.Property(x => x.ComplaintId).HasMaxLength(32);
        b.HasIndex(x => x.ComplaintId);
    }
}

internal sealed class EscalationSuggestionConfiguration : IEntityTypeConfiguration<EscalationSuggestion>
{
    public void Configure(EntityTypeBuilder<EscalationSuggestion> b)
    {
        b.ToTable("escalation_suggestions");
        b.HasKey(x => x.Id);
        b.Property(x => x.TargetKind).HasMaxLength(16);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.TargetName).HasMaxLength(100);
        b.Property(x => x.TargetUnit).HasMaxLength(100);
        b.Property(x => x.Level).HasMaxLength(16);
        b.Property(x => x.Rule).HasMaxLength(64);
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.Basis).HasMaxLength(200);
        b.Property(x => x.ProblemIds).HasMaxLength(4000);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.DecidedBy).HasMaxLength(64);
        b.Property(x => x.DecisionNote).HasMaxLength(500);
        b.Property(x => x.EscalationId).HasMaxLength(32);
        b.Property(x => x.ProposedBy).HasMaxLength(64);
        b.HasIndex(x => x.Basis).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.Status });
    }
}
