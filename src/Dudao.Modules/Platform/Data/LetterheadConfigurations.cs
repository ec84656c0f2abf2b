using Dudao.Modules.Platform.Letterheads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Platform.Data;

internal sealed class LetterheadConfiguration : IEntityTypeConfiguration<Letterhead>
{
    public void Configure(EntityTypeBuilder<Letterhead> b)
    {
        b.ToTable("letterheads");
        b.HasKey(x => x.Id);
        b.Property(x => x.OfficeName).HasMaxLength(Letterhead.OfficeNameMax);
        b.Property(x => x.NumberPattern).HasMaxLength(Letterhead.PatternMax);
        b.HasIndex(x => x.RegionCode).IsUnique();
    }
}

internal sealed class DocumentNumberConfiguration : IEntityTypeConfiguration<DocumentNumber>
{
    public void Configure(EntityTypeBuilder<DocumentNumber> b)
    {
        b.ToTable("document_numbers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasMaxLength(32);
        b.Property(x => x.RecordId).HasMaxLength(32);
        b.Property(x => x.Number).HasMaxLength(80);
        b.Property(x => x.OfficeName).HasMaxLength(Letterhead.OfficeNameMax);
        b.HasIndex(x => new { x.RegionCode, x.Year, x.Sequence }).IsUnique();
        b.HasIndex(x => new { x.Kind, x.RecordId }).IsUnique();
    }
}
