using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Organization;

public sealed class OrganizationPermissions : IPermissionSet
{
    public const string View = "organization.view";
    public const string Manage = "organization.manage";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [View] = "查看学校、机构、督学名录",
        [Manage] = "维护学校、机构、督学名录，导入导出，挂牌",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [View, Manage],
        [Roles.OfficeStaff] = [View, Manage],
        [Roles.Department] = [View],
        [Roles.Inspector] = [View],
        [Roles.School] = [View],
        [Roles.Institution] = [View],
    };
}
