using Dudao.Modules.Platform.Rules;

namespace Dudao.Modules.Tasks;

/// <summary>The day of each month by which responsible units report progress on their key tasks; regions may change it.</summary>
public sealed class TasksRules : IRuleSet
{
    public const string ReportDay = "tasks.report-day";

    public IEnumerable<RuleDefinition> Rules =>
    [
        new(ReportDay, "重点任务进展每月报送日", "日", 25, 1, 28, "重点任务",
            RuleSource.Local("种子文件要求“月月有计划”、按时报送进展，未规定日期；每月25日为本地默认值")),
    ];
}
