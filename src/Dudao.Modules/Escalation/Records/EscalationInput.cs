using Dudao.Core.Time;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Escalation.Records;

/// <summary>
/// An escalation as a client sends it; which detail fields are required depends on <c>level</c>.
/// <c>targetKind</c> is one of <see cref="TargetKinds"/>: a school, institution or department by
/// <c>targetId</c> (county and name from the registry); a region's government by its code in
/// <c>targetId</c>; a person by <c>targetName</c> and <c>targetUnit</c> in the county <c>regionCode</c>.
/// <c>problemIds</c> and <c>complaintIds</c> name the problems and complaints about that target behind it;
/// fields of other levels than <c>level</c> are ignored.
/// </summary>
public sealed record EscalationInput(string? TargetKind, string? TargetId, string? Level, string? Reason, IReadOnlyList<string>? ProblemIds,
    string? TargetName = null, string? RegionCode = null, DateOnly? DecidedOn = null, string? NoticeForm = null,
    DateTime? InterviewAt = null, string? InterviewPlace = null, string? InterviewAttendees = null, string? InterviewMinutes = null,
    string? Requirement = null, DateOnly? Deadline = null, string? AccountabilityForm = null, string? AccountableKind = null,
    string? AccountableName = null, string? PublicDecision = null, bool Publish = false, string? SuggestionId = null, string? TargetUnit = null,
    IReadOnlyList<string>? ComplaintIds = null)
{
    public IEnumerable<(string Field, string Message)> Check(DateOnly today)
    {
        if (Core.Errors.Check.OneOfCodes(TargetKind, TargetKinds.All, "对象类型") is { } kindError) yield return ("targetKind", kindError);
        else if (TargetKind is TargetKinds.School or TargetKinds.Institution && string.IsNullOrWhiteSpace(TargetId)) yield return ("targetId", "请选择对象");
        if (Core.Errors.Check.OneOfCodes(Level, EscalationLevels.All, "级别") is { } levelError) yield return ("level", levelError);
        if (Text(Reason, 2000, "事由") is { } reason) yield return ("reason", reason);
        if (DecidedOn is { } d && d > today) yield return ("decidedOn", "决定日期不能晚于今天");
        else if (DateBounds.Check(DecidedOn) is { } decidedOn) yield return ("decidedOn", decidedOn);
        if (DateBounds.Check(Deadline) is { } deadline) yield return ("deadline", deadline);
        if (InterviewAt is { } at && DateBounds.Check(DateOnly.FromDateTime(at)) is { } interviewAt) yield return ("interviewAt", interviewAt);
        foreach (var error in LevelChecks(today)) yield return error;
    }

    private IEnumerable<(string, string)> LevelChecks(DateOnly today)
    {
        switch (Level)
        {
            case EscalationLevels.Notice or EscalationLevels.Commendation:
                if (!EscalationLevels.NoticeForms.Contains(NoticeForm)) yield return ("noticeForm", "请选择通报形式：书面或口头");
                break;
            case EscalationLevels.Interview:
                if (InterviewAt is null) yield return ("interviewAt", "请填写约谈时间");
                if (Text(InterviewPlace, 100, "约谈地点") is { } place) yield return ("interviewPlace", place);
                if (Text(InterviewAttendees, 500, "参加人员") is { } attendees) yield return ("interviewAttendees", attendees);
                if (Core.Errors.Check.Length(InterviewMinutes, 4000, "约谈记录") is { } minutes) yield return ("interviewMinutes", minutes);
                break;
            case EscalationLevels.Listed:
                if (Text(Requirement, 2000, "督办要求") is { } requirement) yield return ("requirement", requirement);
                if (Deadline is null) yield return ("deadline", "请填写办结时限");
                else if (Deadline < today) yield return ("deadline", "办结时限不能早于今天");
                break;
            case EscalationLevels.Accountability:
                if (Core.Errors.Check.OneOf(AccountabilityForm, EscalationLevels.AccountabilityForms, "问责方式") is { } form) yield return ("accountabilityForm", form);
                if (!EscalationLevels.AccountableKinds.Contains(AccountableKind)) yield return ("accountableKind", "被问责的应为 unit（单位）或 person（个人）");
                if (Text(AccountableName, 100, "被问责单位或个人") is { } name) yield return ("accountableName", name);
                break;
            case EscalationLevels.Exposure:
                if (Text(PublicDecision, 2000, "向社会公布的处理决定") is { } decision) yield return ("publicDecision", decision);
                break;
        }
    }

    /// <summary>The input without the fields of other levels, which a form hides but may still post (and an API client may send).</summary>
    public EscalationInput OnlyOwnLevel() => this with
    {
        NoticeForm = Level is EscalationLevels.Notice or EscalationLevels.Commendation ? NoticeForm : null,
        InterviewAt = Level == EscalationLevels.Interview ? InterviewAt : null,
        InterviewPlace = Level == EscalationLevels.Interview ? InterviewPlace : null,
        InterviewAttendees = Level == EscalationLevels.Interview ? InterviewAttendees : null,
        InterviewMinutes = Level == EscalationLevels.Interview ? InterviewMinutes : null,
        Requirement = Level == EscalationLevels.Listed ? Requirement : null,
        Deadline = Level == EscalationLevels.Listed ? Deadline : null,
        AccountabilityForm = Level == EscalationLevels.Accountability ? AccountabilityForm : null,
        AccountableKind = Level == EscalationLevels.Accountability ? AccountableKind : null,
        AccountableName = Level == EscalationLevels.Accountability ? AccountableName : null,
        PublicDecision = Level == EscalationLevels.Exposure ? PublicDecision : null,
    };

    /// <returns>null when present and short enough, else a message naming <paramref name="label"/>.</returns>
    private static string? Text(string? value, int max, string label) =>
        string.IsNullOrWhiteSpace(value) ? label + "不能为空" : Core.Errors.Check.Length(value, max, label);
}
