namespace Dudao.Modules.Complaints.Intake;

/// <summary>The fields every complaint form posts (public and staff intake), and how they make a <see cref="ComplaintInput"/>.</summary>
public abstract class ReportFields
{
    public string? TargetKind { get; set; }
    public string? TargetName { get; set; }
    public string? RegionCode { get; set; }
    public string? Category { get; set; }
    public string? Content { get; set; }
    public string? Anonymous { get; set; } = "true";
    public string? ReporterName { get; set; }
    public string? ReporterPhone { get; set; }

    public bool IsAnonymous => Anonymous != "false";

    /// <summary>A reporter who chose anonymity leaves no identity, whatever else was typed.</summary>
    protected ComplaintInput ToInput(string? targetName, string? channel) =>
        new(TargetKind, targetName, RegionCode, Category, Content, IsAnonymous,
            IsAnonymous ? null : new ReporterInput(ReporterName, ReporterPhone), channel);
}
