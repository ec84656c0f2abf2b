using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Campaigns.Domain;

/// <summary>
/// 有限督导、无限威慑: the priority list a county office accepted for a month, from the proposed risk
/// ranking as it stood or as the office edited it. One per county and month; accepting again replaces it.
/// </summary>
public sealed class TargetingList : IStaffOnly, IVersioned, IAudited
{
    public string Id { get; init; } = Core.Ids.New();

    /// <summary>The county.</summary>
    public string RegionCode { get; init; } = "";

    /// <summary>yyyy-MM: the month the list is for.</summary>
    public string Month { get; init; } = "";
    public DateTime AcceptedAt { get; set; }
    public string AcceptedBy { get; set; } = "";
    public int Version { get; set; }
}

/// <summary>A target on an accepted list, in the office's order; <see cref="Unannounced"/> marks a 四不两直 candidate.</summary>
public sealed class TargetingEntry : IStaffOnly
{
    public string ListId { get; init; } = "";
    public string TargetKind { get; init; } = "";
    public string TargetId { get; init; } = "";
    public string TargetName { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public int Rank { get; init; }
    public bool Unannounced { get; init; }
}
