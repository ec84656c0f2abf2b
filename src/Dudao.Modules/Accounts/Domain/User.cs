using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Accounts.Domain;

/// <summary>
/// A person's account, bound to one org unit: a region's office or department, a school, an
/// institution, or an inspector. The unit decides the data scope.
/// </summary>
public sealed class User : IRegionScoped, IVersioned, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string UserName { get; set; } = "";
    public string NormalizedUserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? PasswordHash { get; set; }

    /// <summary>Carried by every cookie and token; a change ends them all (see <see cref="RevokeSessions"/>).</summary>
    public string SecurityStamp { get; set; } = NewSecurityStamp();

    /// <summary>Failed logins since the last successful one, from any client.</summary>
    public int AccessFailedCount { get; set; }
    public DateTime? LastFailedLoginAt { get; set; }

    /// <summary>The failed logins the last successful login found: the holder is told about them.</summary>
    public int FailuresBeforeLastLogin { get; set; }
    public bool TwoFactorEnabled { get; set; }
    public string? AuthenticatorKey { get; set; }

    /// <summary>The TOTP time step last accepted: a code of that step or an earlier one is a replay.</summary>
    public long? LastTotpStep { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>office | department | school | institution | inspector</summary>
    public string OrgKind { get; set; } = OrgKinds.Office;

    /// <summary>The unit's region: any level for offices and departments, the county for the others.</summary>
    public string RegionCode { get; set; } = "";

    /// <summary>The department, school, institution or inspector record the account belongs to.</summary>
    public string? OrgRefId { get; set; }

    /// <summary>Comma-separated role names from <see cref="Roles"/>.</summary>
    public string Roles { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime? LastLoginAt { get; set; }
    public int Version { get; set; }

    /// <summary>Every cookie and token issued before is refused from the next request on.</summary>
    public void RevokeSessions() => SecurityStamp = NewSecurityStamp();

    public static string NewSecurityStamp() => Guid.NewGuid().ToString("N");

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public DataScope Scope => OrgKind is OrgKinds.School or OrgKinds.Institution && OrgRefId is not null
        ? DataScope.ForTarget(RegionCode, OrgRefId)
        : OrgKind == OrgKinds.Partner ? DataScope.Nothing
        : DataScope.ForRegion(RegionCode);
}

public static class OrgKinds
{
    public const string Office = "office";
    public const string Department = "department";
    public const string School = "school";
    public const string Institution = "institution";
    public const string Inspector = "inspector";

    /// <summary>Staff of a partner agency of the joint meeting (市场监管、公安 …): see only what their joint team's grants open (ADR-113).</summary>
    public const string Partner = "partner";
    // Partner accounts are made by their joint team, not on the user pages.
    public static readonly string[] All = [Office, Department, School, Institution, Inspector];

    public static string Label(string kind) => kind switch
    {
        Office => "督导室",
        Department => "科室",
        School => "学校",
        Institution => "培训机构",
        Inspector => "督学",
        Partner => "联合督查成员单位",
        _ => kind,
    };
}
