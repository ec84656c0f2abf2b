namespace Dudao.Modules.Complaints.Intake;

/// <summary>The staff intake form: a report taken by phone, e-mail, WeChat or 信访.</summary>
public sealed class IntakeForm : ReportFields
{
    public string? Channel { get; set; }

    public ComplaintInput ToInput() => ToInput(TargetName, Channel);
}
