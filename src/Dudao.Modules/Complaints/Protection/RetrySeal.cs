using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dudao.Modules.Complaints.Intake;
using Dudao.Modules.Platform.Files;

namespace Dudao.Modules.Complaints.Protection;

/// <summary>
/// What a retried public post needs, without weakening receipts: the receipt code sealed (AES-256-GCM,
/// the complaint id as associated data) and the report fingerprinted (HMAC-SHA256), each under its own
/// key derived from the identity key with HKDF. Neither the code nor the report's text can be read or
/// guessed from the database alone; the receipt's stored hash stays what lookups use.
/// </summary>
public sealed class RetrySeal(IdentityKey key)
{
    private readonly byte[] _sealKey = Derive(key, "dudao complaints receipt seal v1");
    private readonly byte[] _macKey = Derive(key, "dudao complaints request fingerprint v1");

    public string SealReceipt(string receiptCode, string complaintId) => Sealing.Seal(_sealKey, Encoding.ASCII.GetBytes(receiptCode), complaintId);

    public string OpenReceipt(string sealedReceipt, string complaintId) => Encoding.ASCII.GetString(Sealing.Open(_sealKey, sealedReceipt, complaintId));

    /// <summary>The report as posted: every field, and each evidence file's name and content hash.</summary>
    public string Fingerprint(ComplaintInput input, IReadOnlyList<Upload> evidence)
    {
        using var mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _macKey);
        mac.AppendData(JsonSerializer.SerializeToUtf8Bytes(input));
        foreach (var file in evidence)
        {
            mac.AppendData(Encoding.UTF8.GetBytes("\n" + file.FileName + "\n"));
            using var content = file.Open();
            mac.AppendData(SHA256.HashData(content));
        }
        return Convert.ToHexStringLower(mac.GetHashAndReset());
    }

    private static byte[] Derive(IdentityKey key, string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, key.Bytes, 32, info: Encoding.ASCII.GetBytes(purpose));
}
