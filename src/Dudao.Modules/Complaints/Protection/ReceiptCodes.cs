using System.Security.Cryptography;
using System.Text;

namespace Dudao.Modules.Complaints.Protection;

/// <summary>
/// The reporter's only handle on a report: 20 characters of Crockford base32 from the system's
/// CSPRNG (100 bits). Only its SHA-256 is stored; a fast hash suffices for a random 100-bit secret.
/// </summary>
public static class ReceiptCodes
{
    public const int Length = 20;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>What a person typed, as stored: dashes and spaces dropped, upper case, I/L read as 1 and O as 0.</summary>
    public static string Normalize(string? typed)
    {
        var chars = (typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)
            .Select(c => c switch { 'I' or 'L' => '1', 'O' => '0', _ => c });
        return new string(chars.ToArray());
    }

    public static bool IsWellFormed(string normalized) => normalized.Length == Length && normalized.All(Alphabet.Contains);

    public static string Hash(string normalized) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normalized)));

    /// <summary>Groups of four for reading aloud and copying: 7K2M-…</summary>
    public static string Display(string code) => string.Join("-", code.Chunk(4).Select(c => new string(c)));
}
