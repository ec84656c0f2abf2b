using Dudao.Modules.Escalation.Domain;

namespace Dudao.Modules.Escalation.Records;

/// <param name="TargetDisplay">The target as it reads in lists and on the 督办单: a person with their unit.</param>
/// <param name="ReplyOverdue">A listed supervision replied after its deadline, or still unanswered past it.</param>
public sealed record EscalationDto(string Id, string RegionCode, string TargetKind, string TargetId, string TargetName, string? TargetUnit,
    string TargetDisplay, string Level, string Reason, DateOnly DecidedOn, IReadOnlyList<string> ProblemIds, string? NoticeForm, DateTime? InterviewAt,
    string? InterviewPlace, string? InterviewAttendees, string? InterviewMinutes, string? Requirement, DateOnly? Deadline, string? Reply,
    DateTime? RepliedAt, string? RepliedBy, bool ReplyOverdue, string? AccountabilityForm, string? AccountableKind, string? AccountableName,
    string? PublicDecision, bool Published, DateTime? PublishedAt, DateTime CreatedAt, string CreatedBy, int Version,
    IReadOnlyList<string> ComplaintIds)
{
    public static EscalationDto From(EscalationRecord e, IReadOnlyList<string> problemIds, IReadOnlyList<string> complaintIds, DateOnly today) =>
        new(e.Id, e.RegionCode, e.TargetKind, e.TargetId, e.TargetName, e.TargetUnit, e.TargetDisplay, e.Level, e.Reason, e.DecidedOn, problemIds,
            e.NoticeForm, e.InterviewAt, e.InterviewPlace, e.InterviewAttendees, e.InterviewMinutes, e.Requirement, e.Deadline, e.Reply,
            e.RepliedAt, e.RepliedBy, e.IsReplyOverdue(today), e.AccountabilityForm, e.AccountableKind, e.AccountableName, e.PublicDecision,
            e.PublishedAt is not null, e.PublishedAt, e.CreatedAt, e.CreatedBy, e.Version, complaintIds);
}

/// <summary>What the public exposure page shows: who, where, when and the decision — nothing internal.</summary>
public sealed record PublicExposureDto(string Id, string TargetName, string RegionCode, string? RegionName, DateOnly DecidedOn, DateTime PublishedAt, string Decision);
