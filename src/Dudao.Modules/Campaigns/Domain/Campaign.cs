using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Campaigns.Domain;

/// <summary>
/// A campaign window an office declares: the quarter's 集中督导 (000 §3, e.g. 5月10日至5月20日), a 回头看
/// round or a holiday 专项, with its targets (chosen or by a filter, frozen when declared), its team and
/// its dates. Progress counts every visit to a target inside the window, whatever its kind.
/// </summary>
public sealed class Campaign : IStaffOnly, IVersioned, IAudited
{
    public const string Quarterly = "quarterly";
    public const string Review = "review";
    public const string Holiday = "holiday";
    public static readonly string[] Kinds = [Quarterly, Review, Holiday];

    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; init; } = Quarterly;
    public string TargetKind { get; init; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }

    /// <summary>The filter that chose the targets, as text for the record ("第一责任区 · 小学"); null when picked one by one.</summary>
    public string? FilterText { get; init; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public int Version { get; set; }

    public static string KindLabel(string kind) => kind switch
    {
        Quarterly => "季度集中督导",
        Review => "回头看",
        Holiday => "节假日专项",
        _ => kind,
    };
}

public sealed class CampaignTarget : IStaffOnly
{
    public string CampaignId { get; init; } = "";
    public string TargetId { get; init; } = "";
    public string TargetName { get; init; } = "";

    /// <summary>The target's county.</summary>
    public string RegionCode { get; init; } = "";
}

public sealed class CampaignMember : IStaffOnly
{
    public string CampaignId { get; init; } = "";
    public string InspectorId { get; init; } = "";
    public string InspectorName { get; init; } = "";

    /// <summary>The inspector's region.</summary>
    public string RegionCode { get; init; } = "";
}
