using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Inspections.Domain;

/// <summary>
/// 专项督导: an office's (or a department's) planned inspection of chosen targets by a team, between
/// two dates. Staff-only: the targets' own accounts never see a plan, only their visits once recorded.
/// </summary>
public sealed class SpecialInspection : IStaffOnly, IVersioned, IAudited
{
    public string Id { get; init; } = Core.Ids.New();

    /// <summary>The region of the office (or department) that planned it.</summary>
    public string RegionCode { get; init; } = "";
    public string Name { get; set; } = "";

    /// <summary>The kind its visits carry: <see cref="VisitKinds.Special"/>, or <see cref="VisitKinds.Unannounced"/> for 四不两直.</summary>
    public string Kind { get; init; } = VisitKinds.Special;

    /// <summary>The department (科室) that leads it; null when the supervision office does.</summary>
    public string? LeadDepartmentId { get; init; }
    public string TemplateId { get; init; } = "";
    public string TargetKind { get; init; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public int Version { get; set; }
}

public sealed class SpecialInspectionTarget : IStaffOnly
{
    public string SpecialInspectionId { get; init; } = "";
    public string TargetId { get; init; } = "";
    public string TargetName { get; init; } = "";

    /// <summary>The target's county.</summary>
    public string RegionCode { get; init; } = "";
}

public sealed class SpecialInspectionMember : IStaffOnly
{
    public string SpecialInspectionId { get; init; } = "";
    public string InspectorId { get; init; } = "";
    public string InspectorName { get; init; } = "";

    /// <summary>The inspector's region (a county, or a city or province for their inspectors).</summary>
    public string RegionCode { get; init; } = "";
}
