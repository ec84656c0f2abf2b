using Dudao.Core.Scope;

namespace Dudao.Modules.Teams.Domain;

/// <summary>
/// An account on an inspection team: a cross-inspection pair's inspecting team or a joint team.
/// Its dated access is a <see cref="Data.Scope.ScopeGrant"/> written with it (ADR-112).
/// </summary>
public sealed class TeamMember : IStaffOnly
{
    public string Id { get; init; } = Core.Ids.New();

    /// <summary><see cref="TeamKinds.Cross"/> (the team is a <see cref="CrossPair"/>) or <see cref="TeamKinds.Joint"/> (a <see cref="JointTeam"/>).</summary>
    public string TeamKind { get; init; } = "";
    public string TeamId { get; init; } = "";

    /// <summary>The region of the office that formed the team.</summary>
    public string RegionCode { get; init; } = "";
    public string UserId { get; init; } = "";
    public string UserName { get; init; } = "";
    public string DisplayName { get; init; } = "";

    /// <summary>A partner's agency (市场监管局 …); null for the office's own staff.</summary>
    public string? Agency { get; init; }
}

public static class TeamKinds
{
    public const string Cross = "cross";
    public const string Joint = "joint";
}
