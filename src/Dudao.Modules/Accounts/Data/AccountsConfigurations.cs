using Dudao.Modules.Accounts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Accounts.Data;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.ToTable("users");
        b.HasKey(x => x.Id);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.NormalizedUserName).HasMaxLength(64);
        b.Property(x => x.DisplayName).HasMaxLength(64);
        b.Property(x => x.PasswordHash).HasMaxLength(200);
        b.Property(x => x.SecurityStamp).HasMaxLength(64);
        b.Property(x => x.AuthenticatorKey).HasMaxLength(64);
        b.Property(x => x.OrgKind).HasMaxLength(16);
        b.Property(x => x.OrgRefId).HasMaxLength(32);
        b.Property(x => x.Roles).HasMaxLength(200);
        b.Ignore(x => x.RoleList);
        b.Ignore(x => x.Scope);
        b.HasIndex(x => x.NormalizedUserName).IsUnique();
        b.HasIndex(x => x.RegionCode);
    }
}

internal sealed class LoginRecordConfiguration : IEntityTypeConfiguration<LoginRecord>
{
    public void Configure(EntityTypeBuilder<LoginRecord> b)
    {
        b.ToTable("login_records");
        b.HasKey(x => x.Id);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.Result).HasMaxLength(64);
        b.Property(x => x.Channel).HasMaxLength(8);
        b.Property(x => x.ClientAddress).HasMaxLength(64);
        b.HasIndex(x => x.At);
    }
}

internal sealed class LoginLockoutConfiguration : IEntityTypeConfiguration<LoginLockout>
{
    public void Configure(EntityTypeBuilder<LoginLockout> b)
    {
        b.ToTable("login_lockouts");
        b.HasKey(x => new { x.UserName, x.ClientKey });
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.ClientKey).HasMaxLength(32);
        b.HasIndex(x => x.LastFailureAt);
    }
}
