using Dudao.Modules.Platform.PublicContacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Platform.Data;

internal sealed class PublicContactConfiguration : IEntityTypeConfiguration<PublicContact>
{
    public void Configure(EntityTypeBuilder<PublicContact> b)
    {
        b.ToTable("public_contacts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasMaxLength(32);
        b.Property(x => x.RegionCode).HasMaxLength(9);
        b.Property(x => x.Authority).HasMaxLength(PublicContact.AuthorityMax);
        b.Property(x => x.Hotline).HasMaxLength(PublicContact.HotlineMax);
        b.HasIndex(x => x.RegionCode).IsUnique();
    }
}
