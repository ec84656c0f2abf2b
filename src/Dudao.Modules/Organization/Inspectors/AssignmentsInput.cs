namespace Dudao.Modules.Organization.Inspectors;

/// <summary>The complete new set of an inspector's assignments; what is not listed is removed.</summary>
public sealed class AssignmentsInput
{
    public List<string>? SchoolIds { get; set; }
    public List<string>? InstitutionIds { get; set; }
}
