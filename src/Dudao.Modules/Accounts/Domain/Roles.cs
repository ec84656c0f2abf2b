namespace Dudao.Modules.Accounts.Domain;

/// <summary>The built-in roles. Which permissions each holds is declared by the modules' permission classes.</summary>
public static class Roles
{
    public const string OfficeAdmin = "office-admin";
    public const string OfficeStaff = "office-staff";
    public const string Department = "department";
    public const string Inspector = "inspector";
    public const string School = "school";
    public const string Institution = "institution";

    /// <summary>Partner-agency staff on a joint inspection team (ADR-113).</summary>
    public const string Partner = "partner";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [OfficeAdmin] = "督导室管理员",
        [OfficeStaff] = "督导室工作人员",
        [Department] = "科室人员",
        [Inspector] = "责任督学",
        [School] = "学校",
        [Institution] = "培训机构",
        [Partner] = "联合督查成员",
    };

    public static string Label(string role) => Labels.GetValueOrDefault(role, role);

    /// <summary>The roles that fit an account of a unit kind: a school account is never an office administrator.</summary>
    public static IReadOnlyList<string> ForKind(string? kind) => kind switch
    {
        OrgKinds.Office => [OfficeAdmin, OfficeStaff],
        OrgKinds.Department => [Department],
        OrgKinds.Inspector => [Inspector],
        OrgKinds.School => [School],
        OrgKinds.Institution => [Institution],
        OrgKinds.Partner => [Partner],
        _ => [],
    };

    /// <summary>Nobody grants a role above their own: only an office administrator makes another one.</summary>
    public static bool CanGrant(IEnumerable<string> grantorRoles, string role) =>
        role != OfficeAdmin || grantorRoles.Contains(OfficeAdmin);
}
