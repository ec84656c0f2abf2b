using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Inspections.Domain;

/// <summary>专项督导: an office's planned inspection of chosen targets by a team, between two dates.</summary>
public sealed class SpecialInspection : IRegionScoped, IVersioned, IAudited
{
    public string Id { get; init; } = Core.Ids.New();

    /// <summary>The region of the office that planned it.</summary>
    public string RegionCode { get; init; } = "";
    public string Name { get; set; } = "";
    public string TemplateId { get; init; } = "";
    public string TargetKind { get; init; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public int Version { get; set; }
}

public sealed class SpecialInspectionTarget : IRegionScoped
{
    public string SpecialInspectionId { get; init; } = "";
    public string TargetId { get; init; } = "";
    public string TargetName { get; init; } = "";

    /// <summary>The target's county.</summary>
    public string RegionCode { get; init; } = "";
}

public sealed class SpecialInspectionMember : IRegionScoped
{
    public string SpecialInspectionId { get; init; } = "";
    public string InspectorId { get; init; } = "";
    public string InspectorName { get; init; } = "";

    /// <summary>The inspector's county.</summary>
    public string RegionCode { get; init; } = "";
}
