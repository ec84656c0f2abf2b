using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Teams;

/// <summary>
/// Offices organise cross-inspections and joint teams; a partner agency's account only takes part in
/// its joint team (ADR-113). Inspectors on a cross team need nothing new: their grant widens the scope
/// of the permissions they hold.
/// </summary>
public sealed class TeamsPermissions : IPermissionSet
{
    public const string Organize = "teams.organize";
    public const string TakePart = "teams.take-part";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [Organize] = "安排交叉检查和联合督查（配对、组队、日期、成员单位账号）",
        [TakePart] = "联合督查成员：查看本组督导对象，记录本组督导发现的问题",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [Organize],
        [Roles.OfficeStaff] = [Organize],
        [Roles.Partner] = [TakePart],
    };
}
