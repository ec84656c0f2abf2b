using Dudao.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Dudao.Modules.Accounts.TwoFactor;

/// <summary>Sets up an authenticator app (TOTP, RFC 6238) for an account: key, QR code, confirmation.</summary>
internal sealed class TwoFactorEnrolment(UserManager<User> users)
{
    public sealed record Setup(string Key, string QrSvg);

    public async Task<Setup> PrepareAsync(User user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }
        var uri = $"otpauth://totp/Dudao:{Uri.EscapeDataString(user.UserName)}?secret={key}&issuer=Dudao&digits=6";
        using var qr = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new Setup(key, new SvgQRCode(qr).GetGraphic(4));
    }

    /// <returns>null when enabled, otherwise a Chinese message.</returns>
    public async Task<string?> ConfirmAsync(User user, string? code)
    {
        var digits = (code ?? "").Replace(" ", "");
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit)) return "请输入验证器应用显示的6位数字";
        if (!await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, digits))
            return "验证码不正确，请确认手机时间准确后重试";
        await users.SetTwoFactorEnabledAsync(user, true);
        return null;
    }
}
