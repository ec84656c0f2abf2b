using System.Security.Cryptography;
using System.Text;

namespace Dudao.Modules.Complaints.Protection;

/// <summary>
/// AES-256-GCM as this module stores secrets: <c>v1.</c> + base64 of nonce, tag and ciphertext, with
/// the owning record's id as associated data, so a sealed value copied onto another record does not open.
/// </summary>
internal static class Sealing
{
    private const string Prefix = "v1.";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static string Seal(byte[] key, byte[] plain, string recordId)
    {
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(recordId));
        return Prefix + Convert.ToBase64String(output);
    }

    public static byte[] Open(byte[] key, string sealedText, string recordId)
    {
        var data = Convert.FromBase64String(sealedText[Prefix.Length..]);
        var plain = new byte[data.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize + TagSize), data.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(recordId));
        return plain;
    }
}
