using Dudao.Core.Scope;

namespace Dudao.Modules.Organization.Domain;

/// <summary>挂牌督导: an inspector is "hung" on a school or an institution.</summary>
public sealed class Assignment : IRegionScoped
{
    public const string SchoolTarget = "school";
    public const string InstitutionTarget = "institution";

    public string InspectorId { get; init; } = "";
    public string TargetKind { get; init; } = "";
    public string TargetId { get; init; } = "";

    /// <summary>The inspector's county: assignments are scoped with their inspector.</summary>
    public string RegionCode { get; init; } = "";
}
