using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Dudao.Data.Audit;

namespace Dudao.Modules.Platform.AuditTrail;

/// <summary>How an audit entry's hash is computed: SHA-256(previous hash ‖ canonical content).</summary>
internal static class AuditHash
{
    /// <summary>The "previous hash" of the first entry ever chained.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// The content is the entry's chain position and every column a reader sees, as a JSON array:
    /// one unambiguous encoding, the same from both databases (instants in UTC to the tick, as
    /// stored and read back).
    /// </summary>
    public static string Of(string prevHash, long seq, AuditEntry e)
    {
        var content = JsonSerializer.SerializeToUtf8Bytes(new[]
        {
            seq.ToString(CultureInfo.InvariantCulture), e.Id, e.At.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
            e.UserName, e.RegionCode, e.Action, e.EntityType, e.EntityId, e.Changes,
        });
        return Convert.ToHexStringLower(SHA256.HashData([.. Convert.FromHexString(prevHash), .. content]));
    }
}
