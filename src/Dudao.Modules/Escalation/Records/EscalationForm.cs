using System.Globalization;
using Dudao.Modules.Organization.Registry;

namespace Dudao.Modules.Escalation.Records;

/// <summary>The escalation form's posted fields; dates and times stay text so a bad value is a field message.</summary>
public sealed class EscalationForm : TargetFormFields
{
    /// <summary>The picked target's id (a region's code for its government); empty for a person or another named target.</summary>
    public string? TargetId { get; set; }
    public string? Level { get; set; }
    public string? Reason { get; set; }
    /// <summary>The ticked open problems of the target (a suggestion's come ticked).</summary>
    public string[]? ProblemIds { get; set; }

    /// <summary>The ticked open complaints about the target.</summary>
    public string[]? ComplaintIds { get; set; }
    public string? NoticeForm { get; set; }
    public string? InterviewAt { get; set; }
    public string? InterviewPlace { get; set; }
    public string? InterviewAttendees { get; set; }
    public string? InterviewMinutes { get; set; }
    public string? Requirement { get; set; }
    public string? Deadline { get; set; }
    public string? AccountabilityForm { get; set; }
    public string? AccountableKind { get; set; }
    public string? AccountableName { get; set; }
    public string? PublicDecision { get; set; }
    public bool Publish { get; set; }
    public string? SuggestionId { get; set; }

    /// <summary>The target as the form names it: by id (a picked school, institution, department or region), or by name for a person.</summary>
    public TargetReference Target => new(TargetKind, string.IsNullOrWhiteSpace(TargetId) ? null : TargetId, TargetName, TargetUnit, RegionCode);

    public EscalationInput ToInput() => new(TargetKind, Target.Id, Level, Reason, ProblemIds ?? [], TargetName, RegionCode, null, NoticeForm,
        DateTime.TryParse(InterviewAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null,
        InterviewPlace, InterviewAttendees, InterviewMinutes, Requirement,
        DateOnly.TryParse(Deadline, CultureInfo.InvariantCulture, out var d) ? d : null,
        AccountabilityForm, AccountableKind, AccountableName, PublicDecision, Publish, string.IsNullOrWhiteSpace(SuggestionId) ? null : SuggestionId,
        TargetUnit, ComplaintIds ?? []);
}
