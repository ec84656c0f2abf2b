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
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");
    public bool LockoutEnabled { get; set; } = true;
    public DateTime? LockoutEnd { get; set; }
    public int AccessFailedCount { get; set; }
    public bool TwoFactorEnabled { get; set; }
    public string? AuthenticatorKey { get; set; }
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

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public DataScope Scope => OrgKind is OrgKinds.School or OrgKinds.Institution && OrgRefId is not null
        ? DataScope.ForTarget(RegionCode, OrgRefId)
        : DataScope.ForRegion(RegionCode);
}

public static class OrgKinds
{
    public const string Office = "office";
    public const string Department = "department";
    public const string School = "school";
    public const string Institution = "institution";
    public const string Inspector = "inspector";
    public static readonly string[] All = [Office, Department, School, Institution, Inspector];

    public static string Label(string kind) => kind switch
    {
        Office => "督导室",
        Department => "科室",
        School => "学校",
        Institution => "培训机构",
        Inspector => "督学",
        _ => kind,
    };
}
