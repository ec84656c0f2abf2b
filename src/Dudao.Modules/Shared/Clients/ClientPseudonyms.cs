using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Dudao.Modules.Shared.Clients;

/// <summary>
/// A client's key for per-client limits and lockouts: HMAC-SHA256 of its address under the day's
/// key, so neither the address nor a pseudonym that lasts beyond the day is kept. The day's key is
/// derived from <c>Dudao:ClientPseudonymKey</c> when set, so that several instances tell a client
/// apart alike; otherwise each instance draws a random one in memory.
/// </summary>
public sealed class ClientPseudonyms(TimeProvider clock, IConfiguration config)
{
    public const string Setting = "Dudao:ClientPseudonymKey";

    private readonly byte[]? _shared = SharedKey(config);
    private readonly Lock _gate = new();
    private byte[] _key = [];
    private DateOnly _day;

    public string Of(IPAddress? address)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        byte[] key;
        lock (_gate)
        {
            if (_day != today || _key.Length == 0)
            {
                _key = _shared is null
                    ? RandomNumberGenerator.GetBytes(32)
                    : HMACSHA256.HashData(_shared, Encoding.ASCII.GetBytes(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                _day = today;
            }
            key = _key;
        }
        var mac = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(address?.ToString() ?? "unknown"));
        return Convert.ToBase64String(mac, 0, 16);
    }

    /// <summary>The configured key, or null; a malformed one stops the start-up with a message naming the setting.</summary>
    public static byte[]? SharedKey(IConfiguration config)
    {
        if (config[Setting] is not { Length: > 0 } text) return null;
        try
        {
            var bytes = Convert.FromBase64String(text.Trim());
            if (bytes.Length == 32) return bytes;
        }
        catch (FormatException)
        {
        }
        throw new InvalidOperationException($"{Setting} 应为 32 字节随机数的 base64 编码（例如 openssl rand -base64 32 生成）");
    }
}
