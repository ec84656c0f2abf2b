using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Indicators;

public sealed class IndicatorsPermissions : IPermissionSet
{
    public const string View = "indicators.view";
    public const string Manage = "indicators.manage";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [View] = "查看督导指标体系",
        [Manage] = "复制、导入本区域的督导指标体系",
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
