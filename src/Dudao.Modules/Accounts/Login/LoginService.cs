using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;

namespace Dudao.Modules.Accounts.Login;

internal enum LoginOutcome { Success, Failed, LockedOut, Inactive, TwoFactorRequired }

internal sealed record LoginResult(LoginOutcome Outcome, User? User, string Message);

/// <summary>
/// Checks a password (and a TOTP code where the account has one), counts failures towards the
/// 15-minute lockout, and records every attempt in the login log. Pages and the API share it.
/// </summary>
internal sealed class LoginService(UserManager<User> users, AppDbContext db, TimeProvider clock)
{
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
        if (result.Outcome == LoginOutcome.Success) user!.LastLoginAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return result;
    }

    private async Task<LoginResult> EvaluateAsync(User? user, string? password, string? totpCode)
    {
        const string wrong = "用户名或密码错误";
        if (user is null) return new(LoginOutcome.Failed, null, wrong);
        if (await users.IsLockedOutAsync(user)) return Locked(user);
        if (!user.IsActive) return new(LoginOutcome.Inactive, user, "账号已停用，请联系管理员");

        if (!await users.CheckPasswordAsync(user, password ?? ""))
        {
            await users.AccessFailedAsync(user);
            return await users.IsLockedOutAsync(user) ? Locked(user) : new(LoginOutcome.Failed, user, wrong);
        }

        if (user.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(totpCode)) return new(LoginOutcome.TwoFactorRequired, user, "请输入动态验证码");
            var valid = await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, totpCode.Replace(" ", ""));
            if (!valid)
            {
                await users.AccessFailedAsync(user);
                return new(LoginOutcome.TwoFactorRequired, user, "动态验证码错误");
            }
        }

        await users.ResetAccessFailedCountAsync(user);
        return new(LoginOutcome.Success, user, "");
    }

    private static LoginResult Locked(User user) =>
        new(LoginOutcome.LockedOut, user, "登录失败次数过多，账号已锁定15分钟，请稍后再试");
}
