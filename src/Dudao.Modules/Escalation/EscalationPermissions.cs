using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Escalation;

public sealed class EscalationPermissions : IPermissionSet
{
    public const string View = "escalation.view";
    public const string Manage = "escalation.manage";
    public const string Propose = "escalation.propose";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [View] = "查看通报、约谈、督办、问责、曝光记录",
        [Manage] = "作出通报、约谈、挂牌督办、问责、曝光和表扬，处理升级建议，发布曝光",
        [Propose] = "向督导室提出督办问责建议（由督导室采纳或驳回）",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [View, Manage],
        [Roles.OfficeStaff] = [View, Manage],
        [Roles.Department] = [View, Propose],
        [Roles.Inspector] = [View],
        // A school or institution sees what is decided about it (its scope holds only its own records) and replies to its 督办单.
        [Roles.School] = [View],
        [Roles.Institution] = [View],
    };
}
