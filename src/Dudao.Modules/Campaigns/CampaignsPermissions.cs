using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Campaigns;

public sealed class CampaignsPermissions : IPermissionSet
{
    public const string View = "campaigns.view";
    public const string Draw = "campaigns.draw";
    public const string Plan = "campaigns.plan";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [View] = "查看双随机抽查、靶向督导清单和集中督导",
        [Draw] = "发布和抽取双随机抽查",
        [Plan] = "确定靶向督导清单，部署集中督导、回头看和节假日专项",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [View, Draw, Plan],
        [Roles.OfficeStaff] = [View, Draw, Plan],
        [Roles.Department] = [View],
    };
}
