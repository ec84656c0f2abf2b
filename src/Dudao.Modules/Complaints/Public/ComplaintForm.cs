using Dudao.Modules.Complaints.Intake;

namespace Dudao.Modules.Complaints.Public;

/// <summary>The public form's posted fields; <see cref="Action"/> is "suggest" when the reporter asked for registry names.</summary>
public sealed class ComplaintForm : ReportFields
{
    public string? Suggestion { get; set; }
    public string? Action { get; set; }

    /// <summary>Made when the form is first shown and posted back: a resent form gets the first receipt again.</summary>
    public string? SubmissionKey { get; set; }

    /// <summary>A registry name picked from the suggestions replaces the typed one.</summary>
    public string? EffectiveTargetName => string.IsNullOrWhiteSpace(Suggestion) ? TargetName : Suggestion;

    public ComplaintInput ToInput() => ToInput(EffectiveTargetName, null);
}
