using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Accounts;

public sealed class AccountsPermissions : IPermissionSet
{
    public const string ManageUsers = "accounts.users.manage";
    public const string ViewAudit = "accounts.audit.view";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [ManageUsers] = "管理用户账号",
        [ViewAudit] = "查看审计日志和登录日志",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [ManageUsers, ViewAudit],
    };
}
