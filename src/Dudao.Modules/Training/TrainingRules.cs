using Dudao.Modules.Platform.Rules;

namespace Dudao.Modules.Training;

/// <summary>The limits of off-campus training the checks read, editable per region on the settings page.</summary>
public sealed class TrainingRules : IRuleSet
{
    public const string GuidancePriceOffline = "training.guidance-price.offline";
    public const string GuidancePriceOnline = "training.guidance-price.online";
    public const string PurchaseLessons = "training.purchase-lessons";
    public const string PurchaseMonths = "training.purchase-months";
    public const string RefundDays = "training.refund-days";
    public const string OnlineLessonMinutes = "training.online-lesson-minutes";
    public const string OnlineBreakMinutes = "training.online-break-minutes";
    public const string OnlineEndHour = "training.online-end-hour";

    private const string Module = "校外培训";
    private static readonly RuleSource Prepaid = RuleSource.Regulation(
        "教育部等六部门《关于加强校外培训机构预收费监管工作的通知》：不得一次性收取时间跨度超过3个月或60课时的费用（国家规定，非种子文件）");
    private static readonly RuleSource Online = RuleSource.Seed("003 C40", "线上培训每课时不超过30分钟，课程间隔不少于10分钟，培训结束时间不晚于21:00");

    public IEnumerable<RuleDefinition> Rules =>
    [
        new(GuidancePriceOffline, "学科类线下培训政府指导价（0 为未设定）", "元/课时", 0, 0, 10000, Module,
            RuleSource.Local("000 §2 要求执行政府指导价，价格由各地物价部门确定后在此填写")),
        new(GuidancePriceOnline, "学科类线上培训政府指导价（0 为未设定）", "元/课时", 0, 0, 10000, Module,
            RuleSource.Local("000 §2 要求执行政府指导价，价格由各地物价部门确定后在此填写")),
        new(PurchaseLessons, "单笔预收费最多课时", "课时", 60, 1, 200, Module, Prepaid),
        new(PurchaseMonths, "单笔预收费最长时间跨度", "个月", 3, 1, 12, Module, Prepaid),
        new(RefundDays, "退费申请最长办理时限", "天", 30, 1, 180, Module),
        new(OnlineLessonMinutes, "线上培训每课时最长", "分钟", 30, 10, 60, Module, Online),
        new(OnlineBreakMinutes, "线上培训课间最短", "分钟", 10, 0, 60, Module, Online),
        new(OnlineEndHour, "线上培训最晚结束", "点", 21, 18, 24, Module, Online),
    ];
}
