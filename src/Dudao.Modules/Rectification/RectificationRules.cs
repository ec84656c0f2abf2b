using Dudao.Modules.Platform.Rules;

namespace Dudao.Modules.Rectification;

/// <summary>Default rectification deadlines by severity (working days), reminders and the follow-up check; regions may change them.</summary>
public sealed class RectificationRules : IRuleSet
{
    public const string DeadlineHigh = "rectification.deadline-days.high";
    public const string DeadlineMedium = "rectification.deadline-days.medium";
    public const string DeadlineLow = "rectification.deadline-days.low";
    public const string DueSoonDays = "rectification.due-soon-days";
    public const string FollowUpDays = "rectification.follow-up-days";

    private static readonly RuleSource Deadlines = RuleSource.Local("种子文件 000 要求建立整改台账、实行销号管理，未规定整改期限，工作日数为本地默认值");

    public IEnumerable<RuleDefinition> Rules =>
    [
        new(DeadlineHigh, "严重问题整改期限", "个工作日", 10, 1, 120, "问题整改", Deadlines),
        new(DeadlineMedium, "较重问题整改期限", "个工作日", 20, 1, 120, "问题整改", Deadlines),
        new(DeadlineLow, "一般问题整改期限", "个工作日", 30, 1, 120, "问题整改", Deadlines),
        new(DueSoonDays, "整改到期提醒提前", "个工作日", 3, 1, 30, "问题整改", RuleSource.Local()),
        new(FollowUpDays, "销号后回头看间隔", "天", 30, 1, 365, "问题整改",
            RuleSource.Local("种子文件 001 以“回头看”为抓手，未规定间隔，天数为本地默认值")),
    ];

    public static string DeadlineKey(string severity) => severity switch
    {
        Domain.ProblemSeverities.High => DeadlineHigh,
        Domain.ProblemSeverities.Low => DeadlineLow,
        _ => DeadlineMedium,
    };
}
