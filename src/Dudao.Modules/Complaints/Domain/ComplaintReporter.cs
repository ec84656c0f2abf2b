using Dudao.Core.Scope;

namespace Dudao.Modules.Complaints.Domain;

/// <summary>
/// A named reporter's identity (name, phone), sealed with AES-GCM under a key kept outside the
/// database. Kept apart from <see cref="Complaint"/> so no complaint query or audit entry carries it.
/// </summary>
public sealed class ComplaintReporter : IRegionScoped
{
    public string ComplaintId { get; init; } = "";
    public string RegionCode { get; set; } = "";
    public string Sealed { get; init; } = "";
}
