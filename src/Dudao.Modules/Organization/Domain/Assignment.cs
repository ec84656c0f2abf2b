using Dudao.Core.Scope;

namespace Dudao.Modules.Organization.Domain;

/// <summary>挂牌督导: an inspector is "hung" on a school or an institution, as its first or second responsible inspector.</summary>
public sealed class Assignment : IRegionScoped
{
    public const string SchoolTarget = "school";
    public const string InstitutionTarget = "institution";

    public string InspectorId { get; init; } = "";
    public string TargetKind { get; init; } = "";
    public string TargetId { get; init; } = "";

    /// <summary><see cref="AssignmentRoles.First"/> or <see cref="AssignmentRoles.Second"/> (第二责任督学, at most one per target).</summary>
    public string Role { get; set; } = AssignmentRoles.First;

    /// <summary>The inspector's county: assignments are scoped with their inspector.</summary>
    public string RegionCode { get; init; } = "";
}

public static class AssignmentRoles
{
    public const string First = "first";
    public const string Second = "second";

    public static string Label(string role) => role == Second ? "第二责任督学" : "责任督学";
}
