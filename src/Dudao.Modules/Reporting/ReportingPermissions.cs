using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Reporting;

/// <summary>Who reads the region's figures. Each role's key figures on the 工作台 need no permission: they are about the caller's own unit.</summary>
public sealed class ReportingPermissions : IPermissionSet
{
    public const string View = "reporting.view";
    public const string PublishWarnings = "reporting.publish-warnings";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [View] = "查看统计看板与预警提示（本地区及下级地区的汇总数据）",
        [PublishWarnings] = "向家长公开发布预警提示",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [View, PublishWarnings],
        [Roles.OfficeStaff] = [View, PublishWarnings],
        [Roles.Department] = [View],
    };
}
