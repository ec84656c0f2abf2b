using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Surveys;

/// <summary>Offices run monitoring rounds; departments and inspectors read the results of their scope.</summary>
public sealed class SurveysPermissions : IPermissionSet
{
    public const string View = "surveys.view";
    public const string Manage = "surveys.manage";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [View] = "查看问卷监测轮次、问卷链接和监测结果",
        [Manage] = "发起和结束问卷监测，复制修改问卷，从监测结果转为整改问题",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [View, Manage],
        [Roles.OfficeStaff] = [View, Manage],
        [Roles.Department] = [View],
        [Roles.Inspector] = [View],
    };
}
