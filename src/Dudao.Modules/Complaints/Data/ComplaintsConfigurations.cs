using Dudao.Modules.Complaints.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Complaints.Data;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> b)
    {
        b.ToTable("complaints");
        b.HasKey(x => x.Id);
        b.Property(x => x.ReceiptHash).HasMaxLength(64);
        b.Property(x => x.Channel).HasMaxLength(16);
        b.Property(x => x.TargetKind).HasMaxLength(16);
        b.Property(x => x.TargetName).HasMaxLength(100);
        b.Property(x => x.MatchedKind).HasMaxLength(16);
        b.Property(x => x.MatchedId).HasMaxLength(32);
        b.Property(x => x.MatchedName).HasMaxLength(100);
        b.Property(x => x.TargetKey).HasMaxLength(40);
        b.Property(x => x.Category).HasMaxLength(16);
        b.Property(x => x.Content).HasMaxLength(ComplaintLimits.ContentMax);
        b.Property(x => x.Department).HasMaxLength(64);
        b.Property(x => x.DuplicateOfId).HasMaxLength(32);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.AcceptedBy).HasMaxLength(64);
        b.Property(x => x.ExtensionReason).HasMaxLength(500);
        b.Property(x => x.Reply).HasMaxLength(ComplaintLimits.ReplyMax);
        b.Property(x => x.ClosedBy).HasMaxLength(64);
        b.Property(x => x.RejectionReason).HasMaxLength(ComplaintLimits.ReasonMax);
        b.Property(x => x.RejectedBy).HasMaxLength(64);
        b.Ignore(x => x.CurrentDeadline);
        b.HasIndex(x => x.ReceiptHash).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.Status, x.SubmittedAt });
        b.HasIndex(x => new { x.RegionCode, x.TargetKey, x.SubmittedAt });
    }
}

internal sealed class ComplaintReporterConfiguration : IEntityTypeConfiguration<ComplaintReporter>
{
    public void Configure(EntityTypeBuilder<ComplaintReporter> b)
    {
        b.ToTable("complaint_reporters");
        b.HasKey(x => x.ComplaintId);
        b.Property(x => x.ComplaintId).HasMaxLength(32);
        b.Property(x => x.Sealed).HasMaxLength(1000);
    }
}

internal sealed class ComplaintInvestigationConfiguration : IEntityTypeConfiguration<ComplaintInvestigation>
{
    public void Configure(EntityTypeBuilder<ComplaintInvestigation> b)
    {
        b.ToTable("complaint_investigations");
        b.HasKey(x => x.Id);
        b.Property(x => x.ComplaintId).HasMaxLength(32);
        b.Property(x => x.Method).HasMaxLength(16);
        b.Property(x => x.Verdict).HasMaxLength(16);
        b.Property(x => x.Findings).HasMaxLength(ComplaintLimits.FindingsMax);
        b.Property(x => x.ProblemIds).HasMaxLength(1000);
        b.Property(x => x.RecordedBy).HasMaxLength(64);
        b.HasIndex(x => x.ComplaintId);
    }
}

internal sealed class ComplaintTransferConfiguration : IEntityTypeConfiguration<ComplaintTransfer>
{
    public void Configure(EntityTypeBuilder<ComplaintTransfer> b)
    {
        b.ToTable("complaint_transfers");
        b.HasKey(x => x.Id);
        b.Property(x => x.ComplaintId).HasMaxLength(32);
        b.Property(x => x.FromDepartment).HasMaxLength(64);
        b.Property(x => x.ToRegionCode).HasMaxLength(9);
        b.Property(x => x.ToDepartment).HasMaxLength(64);
        b.Property(x => x.Reason).HasMaxLength(ComplaintLimits.ReasonMax);
        b.Property(x => x.TargetName).HasMaxLength(ComplaintLimits.TargetNameMax);
        b.Property(x => x.Category).HasMaxLength(16);
        b.Property(x => x.TransferredBy).HasMaxLength(64);
        b.Ignore(x => x.ToAnotherCounty);
        b.HasIndex(x => x.ComplaintId);
        b.HasIndex(x => new { x.RegionCode, x.TransferredAt });
    }
}

internal sealed class ComplaintRouteConfiguration : IEntityTypeConfiguration<ComplaintRoute>
{
    public void Configure(EntityTypeBuilder<ComplaintRoute> b)
    {
        b.ToTable("complaint_routes");
        b.HasKey(x => x.Id);
        b.Property(x => x.Category).HasMaxLength(16);
        b.Property(x => x.Department).HasMaxLength(64);
        b.HasIndex(x => new { x.RegionCode, x.Category }).IsUnique();
    }
}

internal sealed class SubmissionKeyConfiguration : IEntityTypeConfiguration<SubmissionKey>
{
    public void Configure(EntityTypeBuilder<SubmissionKey> b)
    {
        b.ToTable("complaint_submission_keys");
        b.HasKey(x => x.KeyHash);
        b.Property(x => x.KeyHash).HasMaxLength(64);
        b.Property(x => x.RequestHash).HasMaxLength(64);
        b.Property(x => x.ComplaintId).HasMaxLength(32);
        b.Property(x => x.SealedReceipt).HasMaxLength(100);
        b.HasIndex(x => x.CreatedAt);
    }
}
