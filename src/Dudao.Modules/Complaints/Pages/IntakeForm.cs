using Dudao.Modules.Complaints.Intake;

namespace Dudao.Modules.Complaints.Pages;

/// <summary>The staff intake form: a report taken by phone, e-mail, WeChat or 信访.</summary>
public sealed class IntakeForm
{
    public string? Channel { get; set; }
    public string? TargetKind { get; set; }
    public string? TargetName { get; set; }
    public string? RegionCode { get; set; }
    public string? Category { get; set; }
    public string? Content { get; set; }
    public string? Anonymous { get; set; } = "true";
    public string? ReporterName { get; set; }
    public string? ReporterPhone { get; set; }

    public ComplaintInput ToInput()
    {
        var anonymous = Anonymous != "false";
        return new ComplaintInput(TargetKind, TargetName, RegionCode, Category, Content, anonymous,
            anonymous ? null : new ReporterInput(ReporterName, ReporterPhone), Channel);
    }
}
