using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Returns;

public sealed class ReturnsPermissions : IPermissionSet
{
    public const string View = "returns.view";
    public const string Fill = "returns.fill";
    public const string Review = "returns.review";
    public const string Define = "returns.define";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [View] = "查看报表及填报情况",
        [Fill] = "填报本单位的报表",
        [Review] = "审核下级单位的报表（退回、通过、解锁更正）",
        [Define] = "制定报表（填报项、周期、截止日、填报单位）",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [View, Fill, Review, Define],
        [Roles.OfficeStaff] = [View, Fill, Review, Define],
        [Roles.Department] = [View, Fill],
        [Roles.School] = [View, Fill],
        [Roles.Institution] = [View, Fill],
    };
}
