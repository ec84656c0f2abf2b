namespace Dudao.Core.Scope;

/// <summary>The caller of this request or job. Jobs and the CLI run as <see cref="SystemUser"/>.</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string UserName { get; }
    /// <summary>The region of the caller's unit ("" for the system).</summary>
    string RegionCode { get; }
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
    public string RegionCode { get; }
    public DataScope Scope { get; }
    public bool Has(string permission) => true;
}
