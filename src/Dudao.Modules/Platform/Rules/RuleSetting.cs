using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Platform.Rules;

/// <summary>A region's value for a rule; applies to the region and everything below it unless overridden lower down.</summary>
public sealed class RuleSetting : IRegionScoped, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    public string Key { get; init; } = "";
    public int Value { get; set; }
}
