namespace Dudao.Modules.Platform.Calendar;

/// <summary>
/// A day that differs from the Monday–Friday rule: a public holiday, or a weekend made a working
/// day (调休上班). One national calendar, edited by province-level administrators.
/// </summary>
public sealed class Holiday
{
    public DateOnly Date { get; init; }
    public string Name { get; set; } = "";
    public bool IsWorkday { get; set; }
}
