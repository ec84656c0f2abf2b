using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Dudao.Modules.Accounts.TwoFactor;
using Microsoft.Extensions.Options;

namespace Dudao.Modules.Accounts.Login;

internal enum LoginOutcome { Success, Failed, LockedOut, Inactive, TwoFactorRequired }

/// <param name="MustEnrol">An administrator who has to set up an authenticator before doing anything else.</param>

internal sealed record LoginResult(LoginOutcome Outcome, User? User, string Message, bool MustEnrol = false);

/// <summary>
/// Checks a password (and a TOTP code where the account has one), counts failures towards the
/// 15-minute lockout, and records every attempt in the login log. Pages and the API share it.
/// Lockout is counted here rather than by UserManager so that it follows the injected clock, and
/// with atomic updates so that simultaneous logins of one account never conflict.
/// </summary>
internal sealed class LoginService(UserManager<User> users, AppDbContext db, TimeProvider clock, IOptions<IdentityOptions> identity, IOptions<AccountsOptions> accounts)
{
    private LockoutOptions Lockout => identity.Value.Lockout;

    public async Task<LoginResult> CheckAsync(string? userName, string? password, string? totpCode, string channel, string? clientAddress, CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName.Trim());
        var result = await EvaluateAsync(user, password, totpCode);
        db.Add(new LoginRecord
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserName = (userName ?? "").Trim() is { Length: <= 64 } n ? n : userName![..64],
            RegionCode = user?.RegionCode ?? "",
            Succeeded = result.Outcome == LoginOutcome.Success,
            Result = result.Outcome.ToString(),
            Channel = channel,
            ClientAddress = clientAddress,
        });
        await db.SaveChangesAsync(ct);
        return result;
    }

    private async Task<LoginResult> EvaluateAsync(User? user, string? password, string? totpCode)
    {
        const string wrong = "用户名或密码错误";
        if (user is null) return new(LoginOutcome.Failed, null, wrong);
        var now = clock.GetUtcNow().UtcDateTime;
        if (user.LockoutEnd > now) return Locked(user);
        if (!user.IsActive) return new(LoginOutcome.Inactive, user, "账号已停用，请联系管理员");

        if (!await users.CheckPasswordAsync(user, password ?? ""))
            return await FailedAsync(user, now) ? Locked(user) : new(LoginOutcome.Failed, user, wrong);

        if (user.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(totpCode)) return new(LoginOutcome.TwoFactorRequired, user, "请输入动态验证码");
            var valid = await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, totpCode.Replace(" ", ""));
            if (!valid) return await FailedAsync(user, now) ? Locked(user) : new(LoginOutcome.TwoFactorRequired, user, "动态验证码错误");
        }

        await This(user).ExecuteUpdateAsync(u => u
            .SetProperty(x => x.AccessFailedCount, 0)
            .SetProperty(x => x.LockoutEnd, (DateTime?)null)
            .SetProperty(x => x.LastLoginAt, now));
        return new(LoginOutcome.Success, user, "", TwoFactorRequirement.Applies(user, accounts.Value));
    }

    /// <returns>true when this failure locks the account.</returns>
    private async Task<bool> FailedAsync(User user, DateTime now)
    {
        await This(user).ExecuteUpdateAsync(u => u.SetProperty(x => x.AccessFailedCount, x => x.AccessFailedCount + 1));
        var failures = await This(user).Select(x => x.AccessFailedCount).SingleAsync();
        if (failures < Lockout.MaxFailedAccessAttempts) return false;
        await This(user).ExecuteUpdateAsync(u => u
            .SetProperty(x => x.AccessFailedCount, 0)
            .SetProperty(x => x.LockoutEnd, now + Lockout.DefaultLockoutTimeSpan));
        return true;
    }

    private IQueryable<User> This(User user) => db.Set<User>().IgnoreQueryFilters().Where(x => x.Id == user.Id);

    private static LoginResult Locked(User user) =>
        new(LoginOutcome.LockedOut, user, "登录失败次数过多，账号已锁定15分钟，请稍后再试");
}
