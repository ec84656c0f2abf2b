using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Accounts.Users;

/// <summary>An account as administrators see it: never its password hash, security stamp or authenticator key.</summary>
public sealed record UserDto(string Id, string UserName, string DisplayName, OrgUnitDto OrgUnit, string RegionCode, string? OrgRefId,
    IReadOnlyList<string> Roles, bool IsActive, bool LockedOut, bool TwoFactorEnabled, DateTime? LastLoginAt, DateTime CreatedAt, int Version)
{
    /// <param name="lockedOut">Some client is locked out of the account now.</param>
    public static UserDto From(User u, OrgUnitDto unit, bool lockedOut) =>
        new(u.Id, u.UserName, u.DisplayName, unit, u.RegionCode, u.OrgRefId, u.RoleList, u.IsActive, lockedOut, u.TwoFactorEnabled,
            u.LastLoginAt, u.CreatedAt, u.Version);
}
