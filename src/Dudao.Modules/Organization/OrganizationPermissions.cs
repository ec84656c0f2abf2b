using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Organization;

public sealed class OrganizationPermissions : IPermissionSet
{
    public const string View = "organization.view";
    public const string Manage = "organization.manage";

    /// <summary>Browsing the registries as lists (and the inspectors, zones and departments): staff, not a school's or institution's own account, which reads its own profile.</summary>
    public const string Browse = "organization.browse";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [View] = "查看学校、机构、督学名录",
        [Manage] = "维护学校、机构、督学名录，导入导出，挂牌",
        [Browse] = "浏览学校、机构、督学名录和责任区、科室",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [View, Manage, Browse],
        [Roles.OfficeStaff] = [View, Manage, Browse],
        [Roles.Department] = [View, Browse],
        [Roles.Inspector] = [View, Browse],
        [Roles.School] = [View],
        [Roles.Institution] = [View],
    };
}
