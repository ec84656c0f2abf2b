using Dudao.Modules.Platform.Calendar;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Platform.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Platform.Data;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> b)
    {
        b.ToTable("job_runs");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.LeaseOwner).HasMaxLength(128);
        b.Property(x => x.LastResult).HasMaxLength(500);
        b.Property(x => x.LastTrigger).HasMaxLength(100);
    }
}

internal sealed class JobRegionRunConfiguration : IEntityTypeConfiguration<JobRegionRun>
{
    public void Configure(EntityTypeBuilder<JobRegionRun> b)
    {
        b.ToTable("job_region_runs");
        b.HasKey(x => new { x.Name, x.RegionCode });
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.Result).HasMaxLength(500);
        b.Property(x => x.Trigger).HasMaxLength(100);
    }
}

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> b)
    {
        b.ToTable("notices");
        b.HasKey(x => x.Id);
        b.Property(x => x.OrgKind).HasMaxLength(16);
        b.Property(x => x.OrgRefId).HasMaxLength(32);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Body).HasMaxLength(2000);
        b.Property(x => x.Link).HasMaxLength(300);
        b.Property(x => x.DedupeKey).HasMaxLength(120);
        b.HasIndex(x => new { x.OrgKind, x.RegionCode, x.OrgRefId, x.CreatedAt });
        b.HasIndex(x => x.DedupeKey).IsUnique();
    }
}

internal sealed class NoticeReadConfiguration : IEntityTypeConfiguration<NoticeRead>
{
    public void Configure(EntityTypeBuilder<NoticeRead> b)
    {
        b.ToTable("notice_reads");
        b.HasKey(x => new { x.NoticeId, x.UserId });
        b.Property(x => x.NoticeId).HasMaxLength(32);
        b.Property(x => x.UserId).HasMaxLength(32);
        b.HasIndex(x => x.UserId);
    }
}

internal sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> b)
    {
        b.ToTable("holidays");
        b.HasKey(x => x.Date);
        b.Property(x => x.Name).HasMaxLength(32);
    }
}

internal sealed class SchoolVacationConfiguration : IEntityTypeConfiguration<SchoolVacation>
{
    public void Configure(EntityTypeBuilder<SchoolVacation> b)
    {
        b.ToTable("school_vacations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(32);
        b.HasIndex(x => new { x.RegionCode, x.From });
    }
}

internal sealed class RuleSettingConfiguration : IEntityTypeConfiguration<RuleSetting>
{
    public void Configure(EntityTypeBuilder<RuleSetting> b)
    {
        b.ToTable("rule_settings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Key).HasMaxLength(64);
        b.HasIndex(x => new { x.Key, x.RegionCode }).IsUnique();
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("stored_files");
        b.HasKey(x => x.Id);
        b.Property(x => x.TargetId).HasMaxLength(32);
        b.Property(x => x.OwnerKind).HasMaxLength(32);
        b.Property(x => x.OwnerId).HasMaxLength(32);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.StoragePath).HasMaxLength(200);
        b.HasIndex(x => new { x.OwnerKind, x.OwnerId });
        b.Ignore(x => x.PendingContent);
    }
}
