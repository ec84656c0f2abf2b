using Dudao.Modules.Platform.Rules;

namespace Dudao.Modules.Inspections.Coverage;

/// <summary>The months in which 月月督 runs in a region: April–November unless the region (or one above it) sets its own.</summary>
public sealed record Season(int Start, int End)
{
    /// <summary>A season may run across the new year (start after end, e.g. 9–6).</summary>
    public bool Contains(int month) => Start <= End ? month >= Start && month <= End : month >= Start || month <= End;

    public string Describe() => $"{Start}—{End}月";
}

public sealed class CoverageSeason(RuleService rules)
{
    public async Task<Season> OfAsync(string regionCode, CancellationToken ct)
    {
        var values = (await rules.EffectiveAsync(regionCode, ct)).ToDictionary(r => r.Key, r => r.Value);
        return new Season(values[InspectionsRules.SeasonStart], values[InspectionsRules.SeasonEnd]);
    }
}
