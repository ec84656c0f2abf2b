using Dudao.Data.Audit;

namespace Dudao.Modules.Organization.Domain;

/// <summary>督导责任区: a group of a county's schools that inspectors work through together.</summary>
public sealed class Zone : IRegionUnit, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; set; } = "";
    public string Name { get; set; } = "";
}
