using Dudao.Core.Scope;

namespace Dudao.Modules.Reporting.Domain;

/// <summary>An early warning (预警提示) an office published to parents: shown on the public warnings page, once per region, kind and month.</summary>
public sealed class PublicWarning : IRegionScoped
{
    public string Id { get; init; } = Core.Ids.New();

    /// <summary>The region the warning is about (county, city or province).</summary>
    public string RegionCode { get; init; } = "";

    /// <summary>One of <c>Warnings.WarningKinds</c>.</summary>
    public string Kind { get; init; } = "";
    public string Month { get; init; } = "";
    public string Title { get; init; } = "";
    public string Body { get; init; } = "";
    public DateTime PublishedAt { get; init; }
    public string PublishedBy { get; init; } = "";
}
