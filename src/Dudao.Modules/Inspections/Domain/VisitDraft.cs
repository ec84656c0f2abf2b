using Dudao.Core.Entities;
using Dudao.Core.Scope;

namespace Dudao.Modules.Inspections.Domain;

/// <summary>
/// A visit form in progress: one per account and target, saved as the inspector goes so that a lost
/// signal or an expired session loses nothing. Only its author reads it; a school never sees it.
/// Once submitted it keeps the visit's id, so posting the same draft again answers that visit
/// instead of recording a second one. Not audited: the visit it becomes is.
/// </summary>
public sealed class VisitDraft : IStaffOnly, IVersioned
{
    public string Id { get; init; } = Core.Ids.New();
    public string UserId { get; init; } = "";
    public string RegionCode { get; init; } = "";

    /// <summary>school | institution</summary>
    public string TargetKind { get; init; } = "";
    public string TargetId { get; init; } = "";

    /// <summary>The form's fields as JSON, as typed: a draft may be incomplete or not yet valid.</summary>
    public string Form { get; set; } = "{}";
    public DateTime UpdatedAt { get; set; }

    /// <summary>The visit this draft was submitted as; null while it is in progress.</summary>
    public string? VisitId { get; set; }
    public int Version { get; set; }
}
