namespace Dudao.Modules.Organization.Inspectors;

/// <summary>An inspector in a list, with how many schools and institutions it is assigned to.</summary>
public sealed record InspectorDto(string Id, string Name, string Kind, string RegionCode, string? RegionName, string? Phone,
    int Version, int SchoolCount, int InstitutionCount);

/// <summary>One inspector with its assignments (挂牌).</summary>
public sealed record InspectorDetailDto(string Id, string Name, string Kind, string RegionCode, string? RegionName, string? Phone,
    int Version, IReadOnlyList<TargetRef> Schools, IReadOnlyList<TargetRef> Institutions);

/// <summary>A school or institution as an assignment names it; <see cref="Role"/> is first or second for an assignment, null for a candidate.</summary>
public sealed record TargetRef(string Id, string Name, string? Role = null);

/// <summary>An inspector's assignments: <c>{ schools: [{ id, name }], institutions: [{ id, name }] }</c>.</summary>
public sealed record AssignmentsDto(IReadOnlyList<TargetRef> Schools, IReadOnlyList<TargetRef> Institutions)
{
    public static readonly AssignmentsDto Empty = new([], []);
}
