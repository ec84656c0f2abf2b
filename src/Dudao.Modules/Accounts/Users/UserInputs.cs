using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Accounts.Identity;

namespace Dudao.Modules.Accounts.Users;

/// <summary>
/// A new account. An office account names its region (<c>regionCode</c>); any other account names
/// its department, school, institution or inspector record (<c>orgRefId</c>) and takes that record's region.
/// </summary>
public sealed record NewUserInput(string? UserName, string? DisplayName, string? OrgKind, string? RegionCode, string? OrgRefId,
    string[]? Roles, string? Password)
{
    /// <summary>Every rule that needs no query; the unit and the uniqueness of the name are checked by the service.</summary>
    public IEnumerable<(string Field, string Message)> Check(IReadOnlyList<string> grantorRoles, string allowedNameCharacters)
    {
        var name = UserName?.Trim();
        if (string.IsNullOrEmpty(name)) yield return ("userName", "用户名不能为空");
        else if (Core.Errors.Check.Length(name, 64, "用户名", "个字符") is { } nameError) yield return ("userName", nameError);
        else if (name.Any(c => !allowedNameCharacters.Contains(c, StringComparison.Ordinal))) yield return ("userName", "用户名只能包含英文字母、数字和 - . _ @");
        if (!OrgKinds.All.Contains(OrgKind)) yield return ("orgKind", Core.Errors.Check.NotOneOf("单位类型", OrgKinds.All.Select(OrgKinds.Label)));
        foreach (var error in AccountRules.Check(DisplayName, Roles, OrgKind, grantorRoles)) yield return error;
        if (PasswordPolicy.Check(Password, name) is { } passwordError) yield return ("password", passwordError);
    }
}

/// <summary>What an administrator may change on an account; <c>version</c> guards concurrent edits.</summary>
public sealed record UserEdit(string? DisplayName, string[]? Roles, bool? IsActive, int? Version = null);

/// <summary>A password an administrator sets for an account.</summary>
public sealed record PasswordInput(string? Password);

/// <summary>Rules shared by creating and editing an account.</summary>
internal static class AccountRules
{
    public static IEnumerable<(string Field, string Message)> Check(string? displayName, string[]? roles, string? kind, IReadOnlyList<string> grantorRoles)
    {
        if (string.IsNullOrWhiteSpace(displayName)) yield return ("displayName", "姓名不能为空");
        else if (Core.Errors.Check.Length(displayName, 64, "姓名", "个字") is { } nameError) yield return ("displayName", nameError);
        if (roles is not { Length: > 0 })
        {
            yield return ("roles", "请至少选择一个角色");
            yield break;
        }
        var fitting = Roles.ForKind(kind);
        foreach (var role in roles.Distinct())
        {
            if (!Roles.Labels.ContainsKey(role)) yield return ("roles", $"角色“{role}”不存在");
            else if (OrgKinds.All.Contains(kind) && !fitting.Contains(role))
                yield return ("roles", $"“{Roles.Label(role)}”角色不适用于{OrgKinds.Label(kind!)}账号");
            else if (!Roles.CanGrant(grantorRoles, role)) yield return ("roles", $"您不能授予“{Roles.Label(role)}”角色");
        }
    }
}
