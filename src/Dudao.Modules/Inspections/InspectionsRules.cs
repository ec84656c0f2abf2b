using Dudao.Modules.Platform.Rules;

namespace Dudao.Modules.Inspections;

/// <summary>
/// The gap between a target's own score and the inspector's that marks an item as suspect (弄虚作假 when large),
/// and the months of the 月月督 season (seed 003 and 000 §5: 4—11月).
/// </summary>
public sealed class InspectionsRules : IRuleSet
{
    public const string SelfGapPercent = "inspections.self-assessment.gap-percent";
    public const string SeasonStart = "inspections.coverage.season-start";
    public const string SeasonEnd = "inspections.coverage.season-end";

    private static readonly RuleSource Season = RuleSource.Seed("000 §5（三）", "落实片区督导(4—11月)");

    public IEnumerable<RuleDefinition> Rules =>
    [
        new(SelfGapPercent, "自评与督学评分差距预警线", "%", 50, 1, 100, "督导检查", RuleSource.Local()),
        new(SeasonStart, "月月督起始月份", "月", 4, 1, 12, "督导检查", Season),
        new(SeasonEnd, "月月督结束月份", "月", 11, 1, 12, "督导检查", Season),
    ];
}
