using Dudao.Modules.Accounts;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Profiles;

/// <summary>
/// Staff search across registries, problems and receipt codes; everyone reads the 一校一档 profile of
/// what their scope holds (a school or institution only its own, reached from its own menu entry).
/// </summary>
public sealed class ProfilesPermissions : IPermissionSet
{
    public const string Search = "profiles.search";
    public const string View = "profiles.view";
    public const string Own = "profiles.own";

    public IReadOnlyDictionary<string, string> Permissions { get; } = new Dictionary<string, string>
    {
        [Search] = "全局搜索学校、机构、问题和举报回执码（限本单位数据范围）",
        [View] = "查看学校、机构的一校一档",
        [Own] = "查看本单位档案（学校、机构账号）",
    };

    public IReadOnlyDictionary<string, string[]> DefaultRoles { get; } = new Dictionary<string, string[]>
    {
        [Roles.OfficeAdmin] = [Search, View],
        [Roles.OfficeStaff] = [Search, View],
        [Roles.Department] = [Search, View],
        [Roles.Inspector] = [Search, View],
        [Roles.School] = [View, Own],
        [Roles.Institution] = [View, Own],
    };
}
