using Dudao.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Training.Data;

internal sealed class FilingConfiguration : IEntityTypeConfiguration<Filing>
{
    public void Configure(EntityTypeBuilder<Filing> b)
    {
        b.ToTable("filings");
        b.HasKey(x => x.Id);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Content).HasMaxLength(8000);
        b.Property(x => x.Status).HasMaxLength(20);
        b.Property(x => x.SubmittedBy).HasMaxLength(64);
        b.Property(x => x.ReviewedBy).HasMaxLength(64);
        b.Property(x => x.ReturnReason).HasMaxLength(500);
        b.HasIndex(x => new { x.TargetId, x.Kind });
        b.HasIndex(x => new { x.RegionCode, x.Status });
    }
}

internal sealed class CustodyAccountConfiguration : IEntityTypeConfiguration<CustodyAccount>
{
    public void Configure(EntityTypeBuilder<CustodyAccount> b)
    {
        b.ToTable("custody_accounts");
        b.HasKey(x => x.Id);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.Bank).HasMaxLength(60);
        b.Property(x => x.AccountNo).HasMaxLength(40);
        b.Property(x => x.Platform).HasMaxLength(60);
        b.HasIndex(x => x.TargetId).IsUnique();
    }
}

internal sealed class FundStatementConfiguration : IEntityTypeConfiguration<FundStatement>
{
    public void Configure(EntityTypeBuilder<FundStatement> b)
    {
        b.ToTable("fund_statements");
        b.HasKey(x => x.Id);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.Uscc).HasMaxLength(18);
        b.Property(x => x.Period).HasMaxLength(7);
        foreach (var money in new[] { nameof(FundStatement.Collected), nameof(FundStatement.Released), nameof(FundStatement.Refunded),
                     nameof(FundStatement.Balance), nameof(FundStatement.MinimumBalance) })
        {
            b.Property(money).HasPrecision(14, 2);
        }
        b.Property(x => x.ImportedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.Uscc, x.Period }).IsUnique();
        b.HasIndex(x => new { x.TargetId, x.Period });
    }
}

internal sealed class FundFlagConfiguration : IEntityTypeConfiguration<FundFlag>
{
    public void Configure(EntityTypeBuilder<FundFlag> b)
    {
        b.ToTable("fund_flags");
        b.HasKey(x => x.Id);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.Kind).HasMaxLength(32);
        b.Property(x => x.Key).HasMaxLength(120);
        b.Property(x => x.Period).HasMaxLength(7);
        b.Property(x => x.Message).HasMaxLength(300);
        b.Property(x => x.ProblemId).HasMaxLength(32);
        b.HasIndex(x => x.Key).IsUnique();
        b.HasIndex(x => new { x.TargetId, x.RaisedAt });
    }
}
