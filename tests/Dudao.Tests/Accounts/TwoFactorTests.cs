using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;

namespace Dudao.Tests.Accounts;

public sealed class TwoFactorTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task When_required_an_admin_must_enrol_an_authenticator_before_anything_else(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind, new Dictionary<string, string?> { ["Dudao:Accounts:RequireTwoFactorForAdmins"] = "true" });
        var api = app.CreateClient();
        var refused = await api.PostAsJsonAsync("/api/auth/login", new { userName = "jlp-admin", password = "Dudao@2026" });
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("动态验证码");
        (await app.ApiAsync("jlp-jjk")).ShouldNotBeNull("non-admins are not affected");

        var pages = new PageClient(app.CreateClient(new() { AllowAutoRedirect = false }));
        var login = await pages.SubmitAsync("/login", "form", new() { ["userName"] = "jlp-admin", ["password"] = "Dudao@2026" });
        login.Headers.Location!.ToString().ShouldEndWith("/staff/account/two-factor");
        (await pages.Http.GetAsync("/staff/schools")).Headers.Location!.ToString().ShouldEndWith("/staff/account/two-factor");

        var (_, enrol) = await pages.GetAsync("/staff/account/two-factor");
        var key = enrol.QuerySelector("[data-testid=authenticator-key]")!.TextContent;
        enrol.QuerySelector("svg").ShouldNotBeNull("the QR code");
        var wrong = await pages.SubmitAsync("/staff/account/two-factor", "#enrol-form", new() { ["code"] = "000000" == Totp(key) ? "111111" : "000000" });
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("验证码不正确");
        var confirmed = await pages.SubmitAsync("/staff/account/two-factor", "#enrol-form", new() { ["code"] = Totp(key) });
        confirmed.Headers.Location!.ToString().ShouldEndWith("/staff");
        (await pages.Http.GetAsync("/staff/schools")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var withoutCode = await api.PostAsJsonAsync("/api/auth/login", new { userName = "jlp-admin", password = "Dudao@2026" });
        withoutCode.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await withoutCode.Content.ReadAsStringAsync()).ShouldContain("请输入动态验证码");
        var withCode = await api.PostAsJsonAsync("/api/auth/login", new { userName = "jlp-admin", password = "Dudao@2026", twoFactorCode = Totp(key) });
        withCode.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>RFC 6238 with the authenticator defaults: SHA-1, 30-second steps, 6 digits.</summary>
    private static string Totp(string base32Key)
    {
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
        var offset = hash[^1] & 0x0F;
        var value = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("000000");
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c);
            bits += 5;
            if (bits < 8) continue;
            bytes.Add((byte)(buffer >> (bits - 8)));
            bits -= 8;
        }
        return bytes.ToArray();
    }
}
