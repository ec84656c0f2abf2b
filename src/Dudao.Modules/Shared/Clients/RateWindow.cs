using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Shared.Clients;

/// <summary>
/// One client's requests under one limit in one fixed window, counted in the database so that every
/// instance counts alike. The client is its daily keyed hash (<see cref="ClientPseudonyms"/>), never its address.
/// </summary>
internal sealed class RateWindow
{
    public string Policy { get; set; } = "";
    public string Client { get; set; } = "";
    public DateTime WindowStart { get; set; }

    /// <summary>When the row no longer counts and may be deleted.</summary>
    public DateTime ExpiresAt { get; set; }

    public int Count { get; set; }
}

internal sealed class RateWindowConfiguration : IEntityTypeConfiguration<RateWindow>
{
    public void Configure(EntityTypeBuilder<RateWindow> e)
    {
        e.ToTable("rate_limit_windows");
        e.HasKey(w => new { w.Policy, w.Client, w.WindowStart });
        e.Property(w => w.Policy).HasMaxLength(40);
        e.Property(w => w.Client).HasMaxLength(24);
        e.HasIndex(w => w.ExpiresAt);
    }
}
