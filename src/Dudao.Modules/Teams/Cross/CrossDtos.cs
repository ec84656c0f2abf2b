namespace Dudao.Modules.Teams.Cross;

/// <summary>A new batch: the regions to pair (two or more below the caller's), the half-year and its dates; a seed to draw the pairs from, or one is chosen and kept.</summary>
/// <param name="Half">1 上半年, 2 下半年.</param>
public sealed record CrossInput(List<string>? RegionCodes, int? Year, int? Half, DateOnly? From, DateOnly? To, string? Seed = null);

/// <summary>The accounts of the inspecting region's team, by user name; an empty list leaves the region without a team.</summary>
public sealed record TeamInput(List<string>? UserNames);

public sealed record TeamMemberDto(string UserName, string DisplayName);

public sealed record CrossPairDto(string Id, string Inspecting, string InspectingName, string Inspected, string InspectedName, IReadOnlyList<TeamMemberDto> Members);

/// <param name="Status">planned 未开始, active 进行中, ended 已结束 (by the China date).</param>
public sealed record CrossInspectionDto(string Id, string RegionCode, int Year, int Half, DateOnly From, DateOnly To, string Seed, string Algorithm,
    string Status, IReadOnlyList<CrossPairDto> Pairs);

public sealed record CrossListItem(string Id, int Year, int Half, DateOnly From, DateOnly To, int Regions, string Status);

/// <summary>An account that may join an inspecting region's team.</summary>
public sealed record TeamCandidate(string UserName, string DisplayName, string OrgKind);

public static class TeamStatus
{
    public const string Planned = "planned";
    public const string Active = "active";
    public const string Ended = "ended";

    public static string Of(DateOnly from, DateOnly to, DateOnly today) => today < from ? Planned : today > to ? Ended : Active;

    public static string Label(string status) => status switch { Planned => "未开始", Active => "进行中", _ => "已结束" };
}
