using System.Globalization;

namespace Dudao.Modules.Returns.Documents;

/// <summary>One line of a statistics table: what is counted, the figure, and where it comes from.</summary>
public sealed record StatisticsLine(string Label, string Value, string Source);

/// <summary>
/// The monthly 推进情况统计表 (000 §1) of a region: the month's inspection figures from the rollups, the
/// departments' typed figures summed from the built-in return, and who has not yet reported.
/// </summary>
public sealed record MonthlyStatistics(string RegionCode, string RegionName, string Month, string MonthLabel,
    IReadOnlyList<StatisticsLine> Inspections, IReadOnlyList<StatisticsLine> Returned,
    int Expected, int Submitted, int OnTime, IReadOnlyList<string> NotIn)
{
    public static string Percent(double? fraction) =>
        fraction is { } f ? (f * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
