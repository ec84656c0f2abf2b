using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Organization;

public sealed class OrganizationPermissions : IPermissionSet
{
    public const string View = "organization.view";
    public const string Manage = "organization.manage";

    /// <summary>Browsing the registries as lists (and the inspectors, zones and departments): staff, not a school's or institution's own account, which reads its own profile.</summary>
    public const string Browse = "organization.browse";

    /// <summary>Keeping the institution registry: records, lifecycle steps and the public lists. A department also needs institutions in its remit (<see cref="Institutions.InstitutionRegistrar"/>).</summary>
    public const string ManageInstitutions = "organization.institutions.manage";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [View] = "查看学校、机构、督学名录",
        [Manage] = "维护学校、机构、督学名录，导入导出，挂牌",
        [Browse] = "浏览学校、机构、督学名录和责任区、科室",
        [ManageInstitutions] = "维护校外培训机构名录：登记、状态变更、黑白名单",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [View, Manage, Browse, ManageInstitutions],
        [Roles.OfficeStaff] = [View, Manage, Browse, ManageInstitutions],
        [Roles.Department] = [View, Browse, ManageInstitutions],
        [Roles.Inspector] = [View, Browse],
        [Roles.School] = [View],
        [Roles.Institution] = [View],
    };
}
