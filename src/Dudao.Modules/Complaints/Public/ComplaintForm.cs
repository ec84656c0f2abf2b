using Dudao.Modules.Complaints.Intake;

namespace Dudao.Modules.Complaints.Public;

/// <summary>The public form's posted fields; <see cref="Action"/> is "suggest" when the reporter asked for registry names.</summary>
public sealed class ComplaintForm
{
    public string? TargetKind { get; set; }
    public string? TargetName { get; set; }
    public string? Suggestion { get; set; }
    public string? RegionCode { get; set; }
    public string? Category { get; set; }
    public string? Content { get; set; }
    public string? Anonymous { get; set; } = "true";
    public string? ReporterName { get; set; }
    public string? ReporterPhone { get; set; }
    public string? Action { get; set; }

    public bool IsAnonymous => Anonymous != "false";

    /// <summary>A registry name picked from the suggestions replaces the typed one.</summary>
    public string? EffectiveTargetName => string.IsNullOrWhiteSpace(Suggestion) ? TargetName : Suggestion;

    public ComplaintInput ToInput() => new(TargetKind, EffectiveTargetName, RegionCode, Category, Content, IsAnonymous,
        IsAnonymous ? null : new ReporterInput(ReporterName, ReporterPhone));
}
