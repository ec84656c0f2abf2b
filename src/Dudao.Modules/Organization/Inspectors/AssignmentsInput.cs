namespace Dudao.Modules.Organization.Inspectors;

/// <summary>
/// The complete new set of an inspector's assignments; what is not listed is removed. Schools in
/// <see cref="SecondSchoolIds"/> have the inspector as their second responsible inspector (第二责任督学).
/// </summary>
public sealed class AssignmentsInput
{
    public List<string>? SchoolIds { get; set; }
    public List<string>? InstitutionIds { get; set; }
    public List<string>? SecondSchoolIds { get; set; }
}
