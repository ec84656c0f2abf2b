namespace Dudao.Modules.Reporting.Warnings;

/// <summary>An early warning (预警提示) about one region in one month.</summary>
/// <param name="Kind">One of <see cref="WarningKinds"/>.</param>
/// <param name="Published">Whether the office published it to parents.</param>
public sealed record EarlyWarning(string Kind, string RegionCode, string RegionName, string Month, string Title, string Message, bool Published);

public static class WarningKinds
{
    public const string Overdue = "overdue";
    public const string Coverage = "coverage";
    public const string Complaints = "complaints";
    public static readonly string[] All = [Overdue, Coverage, Complaints];
}
