using Dudao.Modules.Platform.Rules;

namespace Dudao.Modules.Returns;

/// <summary>When units are reminded of a return not yet submitted; regions may change it.</summary>
public sealed class ReturnsRules : IRuleSet
{
    public const string ReminderDays = "returns.reminder-days";

    public IEnumerable<RuleDefinition> Rules =>
    [
        new(ReminderDays, "报表截止日前提醒未报送单位提前", "天", 3, 1, 15, "报表填报", RuleSource.Local("种子文件只规定截止日（每月20日前、季度第三个月25日前），提前提醒天数为本地默认值")),
    ];
}
