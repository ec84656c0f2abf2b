using System.Globalization;
using Dudao.Modules.Organization.Registry;

namespace Dudao.Modules.Escalation.Records;

/// <summary>The escalation form's posted fields; dates and times stay text so a bad value is a field message.</summary>
public sealed class EscalationForm : TargetFormFields
{
    /// <summary>Set when the form comes from a suggestion; otherwise the target fields name the target.</summary>
    public string? TargetId { get; set; }
    public string? Level { get; set; }
    public string? Reason { get; set; }
    /// <summary>Comma-separated problem ids (filled in from a suggestion).</summary>
    public string? ProblemIds { get; set; }
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

    public EscalationInput ToInput(TargetReference target) => new(target.Kind, target.Id, Level, Reason,
        (ProblemIds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        target.Name, target.RegionCode, null, NoticeForm,
        DateTime.TryParse(InterviewAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null,
        InterviewPlace, InterviewAttendees, InterviewMinutes, Requirement,
        DateOnly.TryParse(Deadline, CultureInfo.InvariantCulture, out var d) ? d : null,
        AccountabilityForm, AccountableKind, AccountableName, PublicDecision, Publish, string.IsNullOrWhiteSpace(SuggestionId) ? null : SuggestionId,
        target.Unit);
}
