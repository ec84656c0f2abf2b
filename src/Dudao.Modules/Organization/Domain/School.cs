using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Organization.Domain;

/// <summary>A compulsory-education school, identified by its 10-digit 学校标识码.</summary>
public sealed class School : IScopeTarget, IVersioned, IAudited
{
    public static readonly string[] Types = ["小学", "初中", "九年一贯制学校", "完全中学", "十二年一贯制学校"];
    public static readonly string[] Ownerships = ["公办", "民办"];

    public string Id { get; init; } = Core.Ids.New();
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Type { get; set; } = "";
    public string Ownership { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public string? Zone { get; set; }
    public int Pupils { get; set; }
    public int Teachers { get; set; }
    public int Version { get; set; }
}
