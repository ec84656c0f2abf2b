using Dudao.Modules.Platform.Rules;

namespace Dudao.Modules.Reporting;

/// <summary>Thresholds of the early warnings (预警提示) over the rollups; regions may change them.</summary>
public sealed class ReportingRules : IRuleSet
{
    public const string OverdueRate = "reporting.warning.overdue-rate";
    public const string CoverageLag = "reporting.warning.coverage-lag";
    public const string ComplaintsAboveBaseline = "reporting.warning.complaints-above-baseline";
    public const string ComplaintsMinimum = "reporting.warning.complaints-minimum";

    private static readonly RuleSource Seed = RuleSource.Seed("种子文件 000",
        "总结、研判带有普遍性、方向性、趋势性的典型问题，把握时机和时间节点，及时发布预警提示（未规定阈值，数值为本地默认值）");

    public IEnumerable<RuleDefinition> Rules =>
    [
        new(OverdueRate, "预警：逾期问题占未销号问题比例超过", "%", 20, 1, 100, "预警提示", Seed),
        new(CoverageLag, "预警：本月督导覆盖率落后于时间进度超过", "个百分点", 20, 1, 100, "预警提示", Seed),
        new(ComplaintsAboveBaseline, "预警：本月举报量超过前三个同类月份（假期月比假期月）月均（按已过天数折算）的", "%", 150, 101, 1000, "预警提示", Seed),
        new(ComplaintsMinimum, "预警：本月举报量至少达到", "件", 5, 1, 1000, "预警提示", Seed),
    ];
}
