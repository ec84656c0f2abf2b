using Dudao.Core.Scope;

namespace Dudao.Modules.Complaints.Domain;

/// <summary>
/// The <c>Idempotency-Key</c> of a public report, kept for a day: a retry with the same key and the
/// same report gets the same receipt back and stores nothing new. Holds no receipt and no report text
/// in clear.
/// </summary>
public sealed class SubmissionKey : IRegionScoped
{
    /// <summary>SHA-256 of the header's value.</summary>
    public string KeyHash { get; init; } = "";
    public string RegionCode { get; init; } = "";

    /// <summary>HMAC of the report as posted, to tell a retry from another report sent under the same key.</summary>
    public string RequestHash { get; init; } = "";
    public string ComplaintId { get; init; } = "";

    /// <summary>The receipt code, sealed under a key derived from the identity key.</summary>
    public string SealedReceipt { get; init; } = "";
    public DateTime CreatedAt { get; init; }
}
