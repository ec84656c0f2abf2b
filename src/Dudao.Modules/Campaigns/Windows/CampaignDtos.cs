using Dudao.Modules.Campaigns.Draws;

namespace Dudao.Modules.Campaigns.Windows;

/// <summary>
/// Declares a campaign window. Targets are <see cref="TargetIds"/> when given, otherwise every target of
/// <see cref="TargetKind"/> in the region that passes <see cref="TargetFilter"/> (zone, 学段, category, kind).
/// </summary>
/// <param name="Kind">quarterly (季度集中督导) | review (回头看) | holiday (节假日专项).</param>
public sealed record CampaignInput(string? Name, string? Kind, string? TargetKind, DateOnly? StartsOn, DateOnly? EndsOn, List<string>? InspectorIds,
    List<string>? TargetIds = null, DrawFilterInput? TargetFilter = null, string? RegionCode = null);

public sealed record CampaignSummaryDto(string Id, string RegionCode, string Name, string Kind, string KindLabel, string TargetKind, DateOnly StartsOn,
    DateOnly EndsOn, int Targets, int Visited, int Problems);

/// <param name="VisitId">The first visit inside the window, if any.</param>
/// <param name="Problems">Problems the window's visits to this target found.</param>
public sealed record CampaignTargetDto(string TargetId, string TargetName, string RegionCode, string? VisitId, DateOnly? VisitedOn, int Visits, int Problems);

/// <summary>Progress: <see cref="Visited"/> targets with a visit inside the window, <see cref="NotYet"/> the others, <see cref="Problems"/> found by those visits.</summary>
public sealed record CampaignDetailDto(string Id, string RegionCode, string Name, string Kind, string KindLabel, string TargetKind, DateOnly StartsOn,
    DateOnly EndsOn, string? FilterText, IReadOnlyList<CampaignTargetDto> Targets, IReadOnlyList<NamedRef> Team, int Visited, int NotYet, int Problems,
    int ProblemsClosed, bool Ended, int Version);
