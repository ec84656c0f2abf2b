using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Dudao.Modules.Complaints.Protection;

public sealed record ReporterIdentity(string Name, string Phone);

/// <summary>
/// Seals a reporter's identity with AES-256-GCM. The complaint id is the associated data, so a
/// sealed identity copied onto another complaint does not open.
/// </summary>
public sealed class ReporterCipher(IdentityKey key)
{
    private const string Prefix = "v1.";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public string Seal(ReporterIdentity identity, string complaintId)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(identity);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Bytes, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(complaintId));
        return Prefix + Convert.ToBase64String(output);
    }

    public ReporterIdentity Open(string sealedText, string complaintId)
    {
        var data = Convert.FromBase64String(sealedText[Prefix.Length..]);
        var plain = new byte[data.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key.Bytes, TagSize);
        aes.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize + TagSize), data.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(complaintId));
        return JsonSerializer.Deserialize<ReporterIdentity>(plain)!;
    }
}
