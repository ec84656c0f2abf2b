using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Rectification.Data;

internal sealed class ProblemStepConfiguration : IEntityTypeConfiguration<ProblemStep>
{
    public void Configure(EntityTypeBuilder<ProblemStep> b)
    {
        b.ToTable("problem_steps");
        b.HasKey(x => x.Id);
        b.Property(x => x.ProblemId).HasMaxLength(32);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.Action).HasMaxLength(24);
        b.Property(x => x.FromStatus).HasMaxLength(24);
        b.Property(x => x.ToStatus).HasMaxLength(24);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.HasIndex(x => new { x.ProblemId, x.At });
    }
}
