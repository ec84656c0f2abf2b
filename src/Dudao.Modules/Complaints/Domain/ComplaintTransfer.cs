using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Complaints.Domain;

/// <summary>
/// One 转办 of a complaint: to another department of the same office, or to another county's office.
/// <see cref="RegionCode"/> is the county that gave it away, so that office keeps this read-only trace
/// (with the target and category as they were) after the complaint itself has left its scope.
/// </summary>
public sealed class ComplaintTransfer : IRegionScoped, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string ComplaintId { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public string FromDepartment { get; init; } = "";
    public string ToRegionCode { get; init; } = "";
    public string ToDepartment { get; init; } = "";
    public string? Reason { get; init; }
    public string TargetName { get; init; } = "";
    public string Category { get; init; } = "";
    public DateTime SubmittedAt { get; init; }
    public DateTime TransferredAt { get; init; }
    public string TransferredBy { get; init; } = "";

    public bool ToAnotherCounty => ToRegionCode != RegionCode;
}
