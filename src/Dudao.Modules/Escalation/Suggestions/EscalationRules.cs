using Dudao.Modules.Platform.Rules;

namespace Dudao.Modules.Escalation.Suggestions;

/// <summary>
/// When to suggest more pressure (seeds: "对多次通报、重点约谈、挂牌督办仍整改不力的 … 启动问责程序");
/// regions may change the thresholds.
/// </summary>
public sealed class EscalationRules : IRuleSet
{
    public const string OverdueForInterview = "escalation.overdue-problems-for-interview";
    public const string NoticesForInterview = "escalation.notices-for-interview";
    public const string NoticeWindowDays = "escalation.notice-window-days";
    public const string ListedGraceDays = "escalation.listed-grace-days";
    public const string ReplyDueSoonWorkingDays = "escalation.reply-due-soon-working-days";

    private static readonly RuleSource Thresholds =
        RuleSource.Local("种子文件 000 只说“对多次通报、重点约谈、挂牌督办仍整改不力的……启动问责程序”，次数和天数为本地默认值");

    public IEnumerable<RuleDefinition> Rules =>
    [
        new(OverdueForInterview, "逾期未整改问题达到该数量时建议约谈", "个", 3, 1, 50, "督办问责", Thresholds),
        new(NoticesForInterview, "期间内通报达到该次数仍未整改时建议约谈", "次", 2, 1, 10, "督办问责", Thresholds),
        new(NoticeWindowDays, "通报次数的统计期间", "天", 365, 30, 730, "督办问责", Thresholds),
        new(ListedGraceDays, "挂牌督办期满后仍未整改多少天建议问责", "天", 0, 0, 90, "督办问责", Thresholds),
        new(ReplyDueSoonWorkingDays, "督办单回复期限到期提醒提前", "个工作日", 3, 1, 10, "督办问责", RuleSource.Local()),
    ];
}
