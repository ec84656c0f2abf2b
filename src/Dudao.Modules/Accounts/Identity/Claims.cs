using System.Security.Claims;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Modules.Accounts.Identity;

/// <summary>What a signed-in principal carries: enough to rebuild the caller's scope without a query.</summary>
public static class DudaoClaims
{
    public const string OrgKind = "dudao:org_kind";
    public const string Region = "dudao:region";
    public const string OrgRef = "dudao:org_ref";
    public const string Stamp = "dudao:stamp";

    public static ClaimsPrincipal PrincipalFor(User user, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.GivenName, user.DisplayName),
            new(OrgKind, user.OrgKind),
            new(Region, user.RegionCode),
            new(Stamp, user.SecurityStamp),
        };
        if (user.OrgRefId is not null) claims.Add(new(OrgRef, user.OrgRefId));
        claims.AddRange(user.RoleList.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
