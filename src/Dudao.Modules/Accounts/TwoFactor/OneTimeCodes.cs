using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Accounts.TwoFactor;

/// <summary>
/// Checks authenticator codes (RFC 6238 as the apps make them: HMAC-SHA1, 30-second steps, 6
/// digits) against the injected clock, one step either way for drift. Each step is accepted once
/// per account: a code of the step last accepted, or of an earlier one, is a replay. Identity's own
/// check cannot say which step matched, so it could not refuse the previous step's code.
/// </summary>
internal sealed class OneTimeCodes(AppDbContext db, TimeProvider clock)
{
    private const int StepSeconds = 30;

    public async Task<bool> AcceptAsync(User user, string? code, CancellationToken ct)
    {
        var digits = (code ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit) || Base32(user.AuthenticatorKey) is not { Length: > 0 } key) return false;
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (!CryptographicOperations.FixedTimeEquals(Code(key, step), Encoding.ASCII.GetBytes(digits))) continue;
            // One conditional update: of two requests replaying the same code, only one moves the step on.
            var taken = await db.Set<User>().IgnoreQueryFilters()
                .Where(u => u.Id == user.Id && (u.LastTotpStep == null || u.LastTotpStep < step))
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTotpStep, step), ct);
            return taken == 1;
        }
        return false;
    }

    private static byte[] Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238: authenticator apps compute their codes with HMAC-SHA1
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % 1_000_000;
        return Encoding.ASCII.GetBytes(value.ToString("000000", CultureInfo.InvariantCulture));
    }

    private static byte[]? Base32(string? text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        if (string.IsNullOrEmpty(text)) return null;
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            var value = alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0) return null;
            buffer = ((buffer << 5) | value) & 0xFFFF; // only the bits not yet emitted matter
            bits += 5;
            if (bits < 8) continue;
            bytes.Add((byte)(buffer >> (bits - 8)));
            bits -= 8;
        }
        return [.. bytes];
    }
}
