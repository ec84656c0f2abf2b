using System.Globalization;
using Dudao.Modules.Escalation.Records;

namespace Dudao.Modules.Escalation.Pages;

/// <summary>The escalation form's posted fields; dates and times stay text so a bad value is a field message.</summary>
public sealed class EscalationForm
{
    public string? TargetKind { get; set; } = "school";
    /// <summary>Set when the form comes from a suggestion; otherwise the registry code below names the target.</summary>
    public string? TargetId { get; set; }
    public string? TargetCode { get; set; }
    public string? TargetName { get; set; }
    public string? RegionCode { get; set; }
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

    public EscalationInput ToInput(string? targetId) => new(TargetKind, targetId, Level, Reason,
        (ProblemIds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        TargetName, RegionCode, null, NoticeForm,
        DateTime.TryParse(InterviewAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null,
        InterviewPlace, InterviewAttendees, InterviewMinutes, Requirement,
        DateOnly.TryParse(Deadline, CultureInfo.InvariantCulture, out var d) ? d : null,
        AccountabilityForm, AccountableKind, AccountableName, PublicDecision, Publish, string.IsNullOrWhiteSpace(SuggestionId) ? null : SuggestionId);
}
