using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Complaints.Domain;

/// <summary>A region's choice of department for a category; applies below it unless overridden lower down.</summary>
public sealed class ComplaintRoute : IRegionScoped, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    public string Category { get; init; } = "";
    public string Department { get; set; } = "";
}
