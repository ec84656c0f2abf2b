using Dudao.Modules.Platform.Rules;

namespace Dudao.Modules.Campaigns;

/// <summary>The risk ranking's weights and list sizes (有限督导、无限威慑); each part's points are its value times its weight.</summary>
public sealed class CampaignsRules : IRuleSet
{
    public const string ComplaintWeight = "targeting.weight.complaints";
    public const string OverdueWeight = "targeting.weight.overdue";
    public const string ReopenedWeight = "targeting.weight.reopened";
    public const string GapWeight = "targeting.weight.self-gap";
    public const string UnvisitedWeight = "targeting.weight.unvisited-months";
    public const string PriorityCount = "targeting.priority-count";
    public const string UnannouncedCount = "targeting.unannounced-count";

    private const string Module = "靶向督导";
    private static readonly RuleSource Basis = RuleSource.Local("本地默认值：按风险高低排序的相对权重，各地可按实际调整；0 表示不计该项");

    public IEnumerable<RuleDefinition> Rules =>
    [
        new(ComplaintWeight, "风险分：每件有效举报计分（近12个月，上月的计满分、每早一个月少1/12；疑似重复件不另计）", "分", 10, 0, 100, Module, Basis),
        new(OverdueWeight, "风险分：每个逾期未整改问题计分", "分", 8, 0, 100, Module, Basis),
        new(ReopenedWeight, "风险分：每个复核不通过被退回的问题计分（近12个月）", "分", 6, 0, 100, Module, Basis),
        new(GapWeight, "风险分：自评高于督导评分的差距，每1分差距（各指标0–1分合计）计分", "分", 5, 0, 100, Module, Basis),
        new(UnvisitedWeight, "风险分：距上次督导每满1个月计分（最多计12个月，从未督导按12个月）", "分", 3, 0, 100, Module, Basis),
        new(PriorityCount, "靶向督导：每月建议重点督导对象数", "个", 10, 1, 100, Module, RuleSource.Local()),
        new(UnannouncedCount, "靶向督导：每月建议“四不两直”暗访对象数（取有举报或整改反复的高分对象）", "个", 3, 0, 50, Module, RuleSource.Local()),
    ];
}
