using Dudao.Modules.Complaints.Domain;

namespace Dudao.Modules.Complaints.Queue;

/// <summary>A row of the queue. Never carries the reporter's identity.</summary>
/// <param name="DaysLeft">Days to the running deadline (negative when overdue), null once closed.</param>
/// <param name="TargetCount">Complaints about the same target in the hot-target window.</param>
public sealed record ComplaintListItem(string Id, string RegionCode, string? RegionName, string Channel, string TargetKind, string TargetName,
    string? MatchedName, string Category, string Status, DateTime SubmittedAt, string Department, DateOnly? Deadline, int? DaysLeft,
    bool Overdue, string? DuplicateOfId, int TargetCount, bool Hot, string? MatchedKind, string? MatchedId);

public sealed record InvestigationDto(string Id, DateOnly Date, string Method, string Verdict, string Findings, IReadOnlyList<string> ProblemIds,
    DateTime RecordedAt, string RecordedBy)
{
    public static InvestigationDto From(ComplaintInvestigation i) =>
        new(i.Id, i.Date, i.Method, i.Verdict, i.Findings, i.ProblemIds.Split(',', StringSplitOptions.RemoveEmptyEntries), i.RecordedAt, i.RecordedBy);
}

public sealed record EvidenceDto(string Id, string FileName, string ContentType, long Size);

/// <summary>A complaint in detail for staff: everything but who reported it (<c>anonymous</c> only says whether anyone is named).</summary>
public sealed record ComplaintDto(string Id, string RegionCode, string? RegionName, string Channel, string TargetKind, string TargetName,
    string? MatchedKind, string? MatchedId, string? MatchedName, string Category, string Content, bool Anonymous, string Department,
    string Status, DateTime SubmittedAt, DateOnly AcceptDeadline, DateTime? AcceptedAt, DateOnly? HandleDeadline, int ExtendedDays,
    string? ExtensionReason, DateOnly? Deadline, int? DaysLeft, bool Overdue, string? DuplicateOfId, int TargetCount, bool Hot, int HotWindowDays,
    string? Reply, DateTime? RepliedAt, DateTime? ClosedAt, IReadOnlyList<InvestigationDto> Investigations, IReadOnlyList<EvidenceDto> Evidence,
    int Version, string? RejectionReason = null, DateTime? RejectedAt = null, string? RejectedBy = null);

public sealed record ComplaintFilter(string? RegionCode = null, string? Status = null, string? Category = null, string? Channel = null,
    string? Department = null, bool? Overdue = null, bool? Hot = null, string? Q = null);
