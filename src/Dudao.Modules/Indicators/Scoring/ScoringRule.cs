using System.Globalization;
using Dudao.Modules.Indicators.Domain;

namespace Dudao.Modules.Indicators.Scoring;

public sealed record BandDto(int GradeFrom, int GradeTo, double Limit);

/// <summary>
/// How a C item is answered and scored. Values are text so one shape carries all three kinds:
/// <c>yes</c>/<c>no</c> (the requirement is met or not), a number of points up to <c>max</c>, or
/// measured numbers against the limit — one per grade band, separated by "/", when the item has
/// bands. <c>na</c> marks an item that does not apply.
/// </summary>
public sealed record ScoringRule(string Kind, double? Max, double? Limit, string? Unit, IReadOnlyList<BandDto>? Bands)
{
    public const string NotApplicable = "na";

    public static ScoringRule? Of(IndicatorNode node, IEnumerable<IndicatorBand> bands) => node.ScoringKind is null ? null
        : new(node.ScoringKind, node.Max, node.Limit, node.Unit,
            bands.Where(b => b.NodeCode == node.Code).OrderBy(b => b.Position).Select(b => new BandDto(b.GradeFrom, b.GradeTo, b.Limit)).ToList() is { Count: > 0 } list ? list : null);

    /// <summary>A Chinese message when the value does not fit the rule, otherwise null.</summary>
    public string? Check(string? value)
    {
        var v = value?.Trim() ?? "";
        if (v.Length == 0) return "请填写结果";
        if (v == NotApplicable) return null;
        switch (Kind)
        {
            case ScoringKinds.YesNo:
                return v is "yes" or "no" ? null : "应为 yes（符合）、no（不符合）或 na（不适用）";
            case ScoringKinds.Points:
                return Parse(v) is { } p && p >= 0 && p <= (Max ?? 0) ? null : $"应为 0 到 {Max} 之间的分数";
            default:
                var numbers = Numbers(v);
                var expected = Bands?.Count ?? 1;
                if (numbers is null || numbers.Count != expected || numbers.Any(n => n < 0))
                    return expected == 1 ? "应为不小于0的数值" : $"应为 {expected} 个不小于0的数值，用“/”分隔（{BandText}）";
                return null;
        }
    }

    /// <summary>0–1 (1 = fully met), or null when not applicable or not answered.</summary>
    public double? Score(string? value)
    {
        var v = value?.Trim() ?? "";
        if (v.Length == 0 || v == NotApplicable || Check(v) is not null) return null;
        return Kind switch
        {
            ScoringKinds.YesNo => v == "yes" ? 1 : 0,
            ScoringKinds.Points => Max is > 0 ? Parse(v)!.Value / Max.Value : null,
            _ => WithinLimits(Numbers(v)!) ? 1 : 0,
        };
    }

    /// <summary>"1–2年级 ≤0；3–6年级 ≤60；7–9年级 ≤90 分钟" or "≤30 分钟".</summary>
    public string Describe() => Kind switch
    {
        ScoringKinds.YesNo => "是否符合",
        ScoringKinds.Points => $"满分 {Max}",
        _ => Bands is { Count: > 0 } ? $"{BandText} {Unit}" : $"≤{Limit} {Unit}",
    };

    private string BandText => string.Join("；", (Bands ?? []).Select(b => $"{b.GradeFrom}–{b.GradeTo}年级 ≤{b.Limit}"));

    private bool WithinLimits(List<double> numbers) => Bands is { Count: > 0 } bands
        ? numbers.Zip(bands).All(p => p.First <= p.Second.Limit)
        : numbers[0] <= (Limit ?? double.MaxValue);

    private static double? Parse(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null;

    private static List<double>? Numbers(string s)
    {
        var parts = s.Split('/', StringSplitOptions.TrimEntries);
        var list = new List<double>(parts.Length);
        foreach (var part in parts)
        {
            if (Parse(part) is not { } d) return null;
            list.Add(d);
        }
        return list;
    }
}
