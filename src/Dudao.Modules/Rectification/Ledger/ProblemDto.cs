using Dudao.Modules.Rectification.Domain;

namespace Dudao.Modules.Rectification.Ledger;

/// <summary>A ledger row; <c>overdue</c> is computed from the deadline and today's date in Asia/Shanghai.</summary>
public sealed record ProblemDto(string Id, string RegionCode, string? RegionName, string TargetKind, string TargetId, string TargetName,
    string? TargetUnit, string Source, string? SourceId, string Category, string Severity, string Description, string? IndicatorCode,
    string ResponsibleKind, string? ResponsibleId, string? InspectorId, string Status, DateOnly Deadline, bool Overdue,
    DateTime CreatedAt, string CreatedBy, DateTime? ClosedAt, DateOnly? FollowUpOn, int Version)
{
    /// <summary>The target as it reads in the ledger: a person with their unit.</summary>
    public string TargetDisplay => Organization.Domain.TargetKinds.Display(TargetName, TargetUnit);

    public static ProblemDto From(Problem p, string? regionName, DateOnly today) =>
        new(p.Id, p.RegionCode, regionName, p.TargetKind, p.TargetId, p.TargetName, p.TargetUnit, p.Source, p.SourceId, p.Category, p.Severity,
            p.Description, p.IndicatorCode, p.ResponsibleKind, p.ResponsibleId, p.InspectorId, p.Status, p.Deadline, p.IsOverdue(today),
            p.CreatedAt, p.CreatedBy, p.ClosedAt, p.FollowUpOn, p.Version);
}

public sealed record ProblemFileDto(string Id, string FileName, long Size);

public sealed record ProblemStepDto(string Id, string Action, string FromStatus, string ToStatus, string Note, DateTime At, string UserName,
    IReadOnlyList<ProblemFileDto> Files);

/// <summary>
/// A problem with its history and what the caller may do to it now
/// (<c>plan</c>, <c>evidence</c>, <c>verify</c>, <c>follow-up</c>).
/// </summary>
public sealed record ProblemDetailDto(ProblemDto Problem, string? InspectorName, IReadOnlyList<ProblemStepDto> Steps, IReadOnlyList<string> Actions);
