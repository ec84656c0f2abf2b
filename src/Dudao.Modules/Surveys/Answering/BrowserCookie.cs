using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Dudao.Modules.Surveys.Answering;

/// <summary>
/// The one thing that tells a browser's second answer sheet from a first: a random cookie, nothing derived
/// from the device or the address. The database keeps only a hash of it with the round, so sheets of one
/// browser in two rounds cannot be linked, and a stored key leads back to no cookie.
/// </summary>
public static class BrowserCookie
{
    public const string Name = "dudao-survey";

    /// <summary>The browser's cookie, or a new one set on the response.</summary>
    public static string GetOrIssue(HttpContext http)
    {
        if (Read(http) is { } known) return known;
        var value = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        if (!http.Response.HasStarted)
        {
            http.Response.Cookies.Append(Name, value, new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, IsEssential = true, Path = "/",
                MaxAge = TimeSpan.FromDays(400),
            });
        }
        return value;
    }

    /// <summary>The cookie when the browser sent a well-formed one.</summary>
    public static string? Read(HttpContext http) =>
        http.Request.Cookies.TryGetValue(Name, out var value) && value is { Length: 22 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? value : null;

    public static string KeyFor(string roundId, string cookie) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{roundId}:{cookie}")));
}
