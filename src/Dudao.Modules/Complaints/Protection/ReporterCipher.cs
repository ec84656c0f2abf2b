using System.Text.Json;

namespace Dudao.Modules.Complaints.Protection;

public sealed record ReporterIdentity(string Name, string Phone);

/// <summary>
/// Seals a reporter's identity with AES-256-GCM. The complaint id is the associated data, so a
/// sealed identity copied onto another complaint does not open.
/// </summary>
public sealed class ReporterCipher(IdentityKey key)
{
    public string Seal(ReporterIdentity identity, string complaintId) =>
        Sealing.Seal(key.Bytes, JsonSerializer.SerializeToUtf8Bytes(identity), complaintId);

    public ReporterIdentity Open(string sealedText, string complaintId) =>
        JsonSerializer.Deserialize<ReporterIdentity>(Sealing.Open(key.Bytes, sealedText, complaintId))!;
}
