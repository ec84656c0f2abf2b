using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Teams.Domain;

/// <summary>
/// A 联合督查 team: the office's staff with staff of the joint meeting's member agencies, visiting a
/// list of targets between two dates. Partner accounts see those targets on those dates only (ADR-113).
/// </summary>
public sealed class JointTeam : IStaffOnly, IVersioned, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    public string Name { get; set; } = "";
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public int Version { get; set; }

    /// <summary>The member units of the joint meeting a partner account may belong to (seed 000; an office may type another).</summary>
    public static readonly string[] Agencies = ["市场监管局", "民政局", "公安局", "体育局", "文化旅游委", "科技局", "人力社保局", "消防救援支队", "网信办"];
}

/// <summary>A school or institution on a joint team's list.</summary>
public sealed class JointTarget : IStaffOnly
{
    public string Id { get; init; } = Core.Ids.New();
    public string JointTeamId { get; init; } = "";

    /// <summary>The target's county.</summary>
    public string RegionCode { get; init; } = "";
    public string TargetKind { get; init; } = "";
    public string TargetId { get; init; } = "";
    public string TargetName { get; init; } = "";
}
