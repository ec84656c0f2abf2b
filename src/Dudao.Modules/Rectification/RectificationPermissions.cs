using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Rectification;

/// <summary>
/// Who may do what on the ledger. Submitting plans and evidence is not a permission but a relation:
/// only the responsible unit does it; verifying is for the problem's inspector or an office with
/// <see cref="Verify"/>, never for the responsible unit itself.
/// </summary>
public sealed class RectificationPermissions : IPermissionSet
{
    public const string View = "rectification.view";
    public const string Manage = "rectification.manage";
    public const string Verify = "rectification.verify";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [View] = "查看整改台账（学校、机构只看本单位的问题）",
        [Manage] = "登记问题（手工录入、舆情），导出整改台账",
        [Verify] = "核验任何责任督学名下的整改，登记回头看",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [View, Manage, Verify],
        [Roles.OfficeStaff] = [View, Manage, Verify],
        [Roles.Department] = [View, Manage],
        [Roles.Inspector] = [View],
        [Roles.School] = [View],
        [Roles.Institution] = [View],
    };
}
