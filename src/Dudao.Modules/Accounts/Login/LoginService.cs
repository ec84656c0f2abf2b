using System.Net;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Accounts.TwoFactor;
using Dudao.Modules.Shared.Clients;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dudao.Modules.Accounts.Login;

internal enum LoginOutcome { Success, Failed, LockedOut, Inactive, TwoFactorRequired }

/// <param name="MustEnrol">An administrator who has to set up an authenticator before doing anything else.</param>
internal sealed record LoginResult(LoginOutcome Outcome, User? User, string Message, bool MustEnrol = false);

/// <summary>
/// Checks a password (and a single-use TOTP code where the account has one), counts failures
/// towards the lockout of the account for this client, and records every attempt in the login log.
/// Pages and the API share it. An unknown name takes the same path as a wrong password (a password
/// hash is checked, failures are counted and lock out alike), so neither the answer nor its time
/// tells which names exist. Counted here rather than by UserManager so that it follows the injected
/// clock, with atomic updates so that simultaneous logins of one account never conflict.
/// </summary>
internal sealed class LoginService(UserManager<User> users, AppDbContext db, TimeProvider clock, ClientLockouts lockouts,
    ClientPseudonyms clients, OneTimeCodes codes, IOptions<AccountsOptions> accounts)
{
    private const string Wrong = "用户名或密码错误";

    // A hash of a random password, checked when the name is unknown so that the answer takes as long.
    private static string? _decoyHash;

    public async Task<LoginResult> CheckAsync(string? userName, string? password, string? totpCode, string channel, IPAddress? client, CancellationToken ct)
    {
        var typed = (userName ?? "").Trim() is { Length: <= 64 } n ? n : userName!.Trim()[..64];
        var user = typed.Length == 0 ? null : await users.FindByNameAsync(typed);
        var attempt = new Attempt(users.NormalizeName(typed) ?? "", clients.Of(client), clock.GetUtcNow().UtcDateTime);
        var result = await EvaluateAsync(user, attempt, password, totpCode, ct);
        db.Add(new LoginRecord
        {
            At = attempt.At,
            UserName = typed,
            RegionCode = user?.RegionCode ?? "",
            Succeeded = result.Outcome == LoginOutcome.Success,
            Result = result.Outcome.ToString(),
            Channel = channel,
            ClientAddress = client?.ToString(),
        });
        await db.SaveChangesAsync(ct);
        return result;
    }

    private sealed record Attempt(string Account, string Client, DateTime At);

    private async Task<LoginResult> EvaluateAsync(User? user, Attempt attempt, string? password, string? totpCode, CancellationToken ct)
    {
        if (await lockouts.IsLockedAsync(attempt.Account, attempt.Client, ct))
        {
            await TellHolderAsync(attempt, ct);
            return Locked(user);
        }

        if (!await PasswordMatchesAsync(user, password ?? "")) return await FailedAsync(user, attempt, Wrong, LoginOutcome.Failed, ct);
        // Only someone who knows the password learns that the account is disabled.
        if (!user!.IsActive) return new(LoginOutcome.Inactive, user, "账号已停用，请联系管理员");

        if (user.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(totpCode)) return new(LoginOutcome.TwoFactorRequired, user, "请输入动态验证码");
            if (!await codes.AcceptAsync(user, totpCode, ct))
                return await FailedAsync(user, attempt, "动态验证码错误或已使用，请等待新的验证码", LoginOutcome.TwoFactorRequired, ct);
        }

        await lockouts.SucceededAsync(attempt.Account, attempt.Client, ct);
        await This(attempt).ExecuteUpdateAsync(u => u
            .SetProperty(x => x.FailuresBeforeLastLogin, x => x.AccessFailedCount)
            .SetProperty(x => x.AccessFailedCount, 0)
            .SetProperty(x => x.LastLoginAt, attempt.At), ct);
        return new(LoginOutcome.Success, user, "", TwoFactorRequirement.Applies(user, accounts.Value));
    }

    private async Task<bool> PasswordMatchesAsync(User? user, string password)
    {
        if (user?.PasswordHash is not null) return await users.CheckPasswordAsync(user, password);
        var decoy = _decoyHash ??= users.PasswordHasher.HashPassword(new User(), Guid.NewGuid().ToString("N"));
        users.PasswordHasher.VerifyHashedPassword(new User(), decoy, password);
        return false;
    }

    private async Task<LoginResult> FailedAsync(User? user, Attempt attempt, string message, LoginOutcome outcome, CancellationToken ct)
    {
        await TellHolderAsync(attempt, ct);
        return await lockouts.FailedAsync(attempt.Account, attempt.Client, ct) ? Locked(user) : new(outcome, user, message);
    }

    /// <summary>Counts the failure for the notice the holder gets at the next login; by name, so an unknown one costs the same update.</summary>
    private Task<int> TellHolderAsync(Attempt attempt, CancellationToken ct) =>
        This(attempt).ExecuteUpdateAsync(u => u
            .SetProperty(x => x.AccessFailedCount, x => x.AccessFailedCount + 1)
            .SetProperty(x => x.LastFailedLoginAt, attempt.At), ct);

    private IQueryable<User> This(Attempt attempt) => db.Set<User>().IgnoreQueryFilters().Where(x => x.NormalizedUserName == attempt.Account);

    private static LoginResult Locked(User? user) =>
        new(LoginOutcome.LockedOut, user, "登录失败次数过多，该账号在本设备上已锁定15分钟，请稍后再试或联系管理员解除锁定");
}
