using System.Security.Claims;
using Dudao.Core.Scope;
using Dudao.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Http;

namespace Dudao.Modules.Accounts.Identity;

/// <summary>
/// The caller from the request's principal. Anonymous callers get a scope that matches nothing,
/// so a public page reads only what it asks for explicitly. A dated grant in force today widens the
/// scope through the query filters (ADR-112).
/// </summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor http, PermissionCatalog permissions) : ICurrentUser
{
    private ClaimsPrincipal? Principal => http.HttpContext?.User is { Identity.IsAuthenticated: true } p ? p : null;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
    public string UserName => Principal?.Identity?.Name ?? "anonymous";
    // As the session check read it for this request: a rename does not end sessions, so the claim may be older.
    public string DisplayName => http.HttpContext?.Items[SessionCheck.DisplayNameItem] as string ?? Principal?.FindFirstValue(ClaimTypes.GivenName) ?? UserName;
    public string RegionCode => Principal?.FindFirstValue(DudaoClaims.Region) ?? "";
    public string OrgKind => Principal?.FindFirstValue(DudaoClaims.OrgKind) ?? "";
    public string? OrgRefId => Principal?.FindFirstValue(DudaoClaims.OrgRef);
    public IReadOnlyList<string> Roles => Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() ?? [];

    public DataScope Scope
    {
        get
        {
            if (Principal is null) return http.HttpContext is null ? DataScope.All : DataScope.Nothing;
            var home = OrgKind is OrgKinds.School or OrgKinds.Institution && OrgRefId is { } orgRef ? DataScope.ForTarget(RegionCode, orgRef)
                // A partner agency's staff see nothing of their own: only what their team's grants open.
                : OrgKind == OrgKinds.Partner ? DataScope.Nothing
                : DataScope.ForRegion(RegionCode);
            return http.HttpContext?.Items.ContainsKey(SessionCheck.GrantedItem) == true ? home with { Granted = true } : home;
        }
    }

    public bool Has(string permission) => Principal is not null && permissions.Grants(Roles, permission);
}
