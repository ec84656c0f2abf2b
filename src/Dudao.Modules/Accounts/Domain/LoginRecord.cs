using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Accounts.Domain;

/// <summary>One login attempt, kept for the login log (append-only like the audit log).</summary>
public sealed class LoginRecord : IRegionScoped, ILogEntry
{
    public string Id { get; init; } = Core.Ids.New();
    public DateTime At { get; init; }
    public string UserName { get; init; } = "";

    /// <summary>The account's region, or "" when no such account exists (seen only by national admins).</summary>
    public string RegionCode { get; init; } = "";
    public bool Succeeded { get; init; }
    public string Result { get; init; } = "";
    public string Channel { get; init; } = "";
    public string? ClientAddress { get; init; }
}
