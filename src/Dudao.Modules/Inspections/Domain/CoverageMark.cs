using Dudao.Core.Scope;

namespace Dudao.Modules.Inspections.Domain;

/// <summary>
/// "This school (or training institution) was visited in this month" (月月督): written once, with
/// the month's first visit, whatever visits follow. Coverage counts these per county and kind and
/// rolls them up the region tree, so no page scans the visits themselves.
/// </summary>
public sealed class CoverageMark : IRegionScoped
{
    public string Month { get; init; } = "";

    /// <summary>school | institution</summary>
    public string TargetKind { get; init; } = "";
    public string TargetId { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public string VisitId { get; init; } = "";
    public DateOnly VisitedOn { get; init; }
}
