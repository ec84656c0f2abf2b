using Dudao.Modules.Inspections.Domain;

namespace Dudao.Modules.Inspections.Visits;

public sealed record VisitCreated(string Id, IReadOnlyList<string> ProblemIds);

public sealed record FindingDto(string ProblemId, string Description, string Severity, string? IndicatorCode, DateOnly Deadline, string Status);

public sealed record FileDto(string Id, string FileName, string ContentType, long Size);

public sealed record VisitDto(string Id, string RegionCode, string TargetKind, string TargetId, string TargetName, DateOnly Date, string Month,
    string Kind, IReadOnlyList<string> Methods, string TemplateId, string? InspectorId, string? InspectorName, string? SpecialInspectionId,
    string Summary, string? Feedback, string? Highlights, string? Requirements, string? Suggestions, IReadOnlyList<ItemResult> Results,
    IReadOnlyList<FindingDto> Findings, IReadOnlyList<FileDto> Files, DateTime CreatedAt, string CreatedBy, DateTime? UpdatedAt,
    string? AcknowledgedBy, DateTime? AcknowledgedAt, int Version);

public sealed record VisitListItem(string Id, string RegionCode, string TargetKind, string TargetId, string TargetName, DateOnly Date,
    string Kind, string? InspectorName, bool Acknowledged);
