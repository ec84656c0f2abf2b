using Dudao.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Dudao.Modules.Accounts.TwoFactor;

/// <summary>Sets up an authenticator app (TOTP, RFC 6238) for an account: key, QR code, confirmation.</summary>
internal sealed class TwoFactorEnrolment(UserManager<User> users, OneTimeCodes codes)
{
    public sealed record Setup(string Key, string QrSvg);

    public async Task<Setup> PrepareAsync(User user)
    {
        if (string.IsNullOrEmpty(user.AuthenticatorKey))
        {
            // Not UserManager.ResetAuthenticatorKeyAsync: it renews the security stamp, which would end
            // the session the account is enrolling in. Nothing is protected by the key until confirmed.
            user.AuthenticatorKey = users.GenerateNewAuthenticatorKey();
            await users.UpdateAsync(user);
        }
        var key = user.AuthenticatorKey;
        var uri = $"otpauth://totp/Dudao:{Uri.EscapeDataString(user.UserName)}?secret={key}&issuer=Dudao&digits=6";
        using var qr = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new Setup(key, new SvgQRCode(qr).GetGraphic(4));
    }

    /// <returns>null when enabled, otherwise a Chinese message.</returns>
    public async Task<string?> ConfirmAsync(User user, string? code, CancellationToken ct)
    {
        var digits = (code ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit)) return "请输入验证器应用显示的6位数字";
        if (!await codes.AcceptAsync(user, digits, ct)) return "验证码不正确或已使用，请确认手机时间准确后输入新的验证码";
        // Renews the security stamp: other sessions end; the page signs this one in again.
        await users.SetTwoFactorEnabledAsync(user, true);
        return null;
    }
}
