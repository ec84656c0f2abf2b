using System.Globalization;

namespace Dudao.Modules.Reporting.Dashboard;

/// <summary>How figures read on pages and in exports: rates as percentages with one decimal, "—" with nothing to divide by.</summary>
public static class FigureText
{
    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>The number a chart plots for a rate (percent), empty when there is none.</summary>
    public static string Plot(double? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) : "";

    public static string Escalations(IReadOnlyDictionary<string, int> byLevel) =>
        byLevel.Count == 0 ? "0" : string.Join("，", byLevel.Select(l => $"{Escalation.Domain.EscalationLevels.Label(l.Key)} {l.Value}"));
}
