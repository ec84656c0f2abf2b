using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Organization.Domain;

/// <summary>A compulsory-education school, identified by its 10-digit 学校标识码.</summary>
public sealed class School : IScopeTarget, ITeamVisible, IVersioned, IAudited
{
    public static readonly string[] Types = ["小学", "初中", "九年一贯制学校", "完全中学", "十二年一贯制学校"];
    public static readonly string[] Ownerships = ["公办", "民办"];

    /// <summary>Where the school sits, as the reports compare them (seeds: 城区明显好于乡镇; 城区、县城及乡镇).</summary>
    public static readonly string[] Locations = ["城区", "县城", "乡镇", "村"];

    /// <summary>A township's central school or a village school (seed: 中心校好于村小); neither for the others.</summary>
    public static readonly string[] Tiers = ["中心校", "村小"];
    public static readonly string[] Boardings = ["寄宿制", "非寄宿制"];

    public string Id { get; init; } = Core.Ids.New();
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Type { get; set; } = "";
    public string Ownership { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public string? Zone { get; set; }
    public int Pupils { get; set; }
    public int Teachers { get; set; }

    /// <summary>One of <see cref="Locations"/>; null while not yet recorded.</summary>
    public string? Location { get; set; }

    /// <summary>One of <see cref="Tiers"/>, or null.</summary>
    public string? Tier { get; set; }

    /// <summary>One of <see cref="Boardings"/>; null while not yet recorded.</summary>
    public string? Boarding { get; set; }

    /// <summary>The day the school was entered in Dudao (China time); null for schools entered before it was kept.</summary>
    public DateOnly? RegisteredOn { get; set; }
    public int Version { get; set; }
}
