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
    public static readonly SystemUser Instance = new();
    public string? UserId => null;
    public string UserName => "system";
    public string RegionCode => "";
    public DataScope Scope => DataScope.All;
    public bool Has(string permission) => true;
}
