using Dudao.Data.Audit;

namespace Dudao.Modules.Accounts.Domain;

/// <summary>
/// Failed logins of one account name from one client, and the lockout they led to. The client is
/// a keyed hash of its address (never the address), so failures elsewhere cannot lock the holder
/// out. Unknown names are counted alike, so that a lockout does not reveal which names exist.
/// </summary>
public sealed class LoginLockout : IRecordsAttempt
{
    /// <summary>The normalized user name as typed, whether or not such an account exists.</summary>
    public string UserName { get; init; } = "";
    public string ClientKey { get; init; } = "";
    public int Failures { get; set; }
    public DateTime? LockedUntil { get; set; }
    public DateTime LastFailureAt { get; set; }
}
