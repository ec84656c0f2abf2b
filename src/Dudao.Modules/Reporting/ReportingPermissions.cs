using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Reporting;

/// <summary>Who reads the region's figures. Each role's key figures on the 工作台 need no permission: they are about the caller's own unit.</summary>
public sealed class ReportingPermissions : IPermissionSet
{
    public const string View = "reporting.view";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [View] = "查看统计看板（本地区及下级地区的汇总数据）",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [View],
        [Roles.OfficeStaff] = [View],
        [Roles.Department] = [View],
    };
}
