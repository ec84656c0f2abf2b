using Dudao.Core.Scope;

namespace Dudao.Modules.Reporting.Domain;

/// <summary>
/// One figure of one region in one month (visits, problems opened, complaints closed on time …), for
/// the county and each region above it. Kept up to date in the transaction of the change that moves it
/// (<c>Rollups.RollupInterceptor</c>) and recomputable from the records (<c>Rollups.RollupRebuild</c>).
/// Staff only: a school's or institution's account reads its own records, not its county's totals.
/// </summary>
public sealed class RegionRollup : IStaffOnly
{
    /// <summary>A county, city or province code (6 digits).</summary>
    public string RegionCode { get; init; } = "";

    /// <summary>yyyy-MM, in Asia/Shanghai.</summary>
    public string Month { get; init; } = "";

    /// <summary>One of <see cref="RollupMetrics"/>.</summary>
    public string Metric { get; init; } = "";
    public int Value { get; set; }
}

/// <summary>The date up to which a time-dependent figure was settled (problems overdue: a deadline before it has passed).</summary>
public sealed class RollupSettlement
{
    public const string Overdue = "problems-overdue";

    public string Name { get; init; } = "";
    public DateOnly SettledOn { get; set; }
}
