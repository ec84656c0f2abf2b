namespace Dudao.Core.Scope;

/// <summary>
/// The caller of this request or job. Jobs and the CLI run as <see cref="SystemUser"/>. Features read
/// who is calling here and never look the caller's account up again: the sign-in claims carry it,
/// and a change to the account's roles or state ends its sessions, which keeps them current.
/// </summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string UserName { get; }
    /// <summary>The account's display name (the user name for the system).</summary>
    string DisplayName { get; }
    /// <summary>The region of the caller's unit ("" for the system).</summary>
    string RegionCode { get; }
    /// <summary>The kind of the caller's unit: office, department, inspector, school, institution (office for the system).</summary>
    string OrgKind { get; }
    /// <summary>The id of the caller's unit record; null for an office, which its region names.</summary>
    string? OrgRefId { get; }
    /// <summary>The roles the caller holds (none for the system, whose <see cref="Has"/> grants everything).</summary>
    IReadOnlyList<string> Roles { get; }
    DataScope Scope { get; }
    bool Has(string permission);
}

public sealed class SystemUser : ICurrentUser
{
    public static readonly SystemUser Instance = new("system", "");

    private SystemUser(string userName, string regionCode)
    {
        UserName = userName;
        RegionCode = regionCode;
        Scope = regionCode.Length == 0 ? DataScope.All : DataScope.ForRegion(regionCode);
    }

    /// <summary>
    /// The system at work for one office: a job an office runs on demand sees and changes only that
    /// office's subtree, and the audit names the office's account.
    /// </summary>
    public static SystemUser For(string userName, string regionCode) => new(userName, regionCode);

    public string? UserId => null;
    public string UserName { get; }
    public string DisplayName => UserName;
    public string RegionCode { get; }
    // The system acts as an office (Accounts' OrgKinds.Office).
    public string OrgKind => "office";
    public string? OrgRefId => null;
    public IReadOnlyList<string> Roles => [];
    public DataScope Scope { get; }
    public bool Has(string permission) => true;
}
