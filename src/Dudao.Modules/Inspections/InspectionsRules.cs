using Dudao.Modules.Platform.Rules;

namespace Dudao.Modules.Inspections;

/// <summary>The gap between a target's own score and the inspector's that marks an item as suspect (弄虚作假 when large).</summary>
public sealed class InspectionsRules : IRuleSet
{
    public const string SelfGapPercent = "inspections.self-assessment.gap-percent";

    public IEnumerable<RuleDefinition> Rules =>
    [
        new(SelfGapPercent, "自评与督学评分差距预警线", "%", 50, 1, 100, "督导检查", RuleSource.Local()),
    ];
}
