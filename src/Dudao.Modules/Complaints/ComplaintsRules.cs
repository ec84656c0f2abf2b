using Dudao.Modules.Platform.Rules;

namespace Dudao.Modules.Complaints;

/// <summary>
/// Time limits follow 《信访工作条例》: decide on acceptance within 15 days, finish within 60 days of
/// acceptance, one extension of at most 30 days. Calendar days, as the regulation counts them.
/// </summary>
public sealed class ComplaintsRules : IRuleSet
{
    public const string AcceptDays = "complaints.accept-days";
    public const string HandleDays = "complaints.handle-days";
    public const string ExtensionMaxDays = "complaints.extension-max-days";
    public const string HotThreshold = "complaints.hot-threshold";
    public const string HotWindowDays = "complaints.hot-window-days";
    public const string DuplicateWindowDays = "complaints.duplicate-window-days";
    public const string DueSoonWorkingDays = "complaints.due-soon-working-days";

    /// <summary>All of the module's values for a region, read in one query.</summary>
    public static async Task<ComplaintSettings> ForAsync(RuleService rules, string regionCode, CancellationToken ct)
    {
        var values = (await rules.EffectiveAsync(regionCode, ct)).ToDictionary(r => r.Key, r => r.Value);
        return new ComplaintSettings(values[AcceptDays], values[HandleDays], values[ExtensionMaxDays], values[HotThreshold],
            values[HotWindowDays], values[DuplicateWindowDays]);
    }

    // The seeds say 凡举必查 and name no time limits; the regulation on letters and visits does.
    private static readonly RuleSource Regulation = RuleSource.Regulation("《信访工作条例》（2022年）：15日内决定是否受理，自受理之日起60日内办结，可延长不超过30日");

    public IEnumerable<RuleDefinition> Rules =>
    [
        new(AcceptDays, "举报受理决定期限", "天", 15, 1, 60, "举报投诉", Regulation),
        new(HandleDays, "举报办理期限（自受理起）", "天", 60, 1, 180, "举报投诉", Regulation),
        new(ExtensionMaxDays, "举报办理延期上限（仅一次）", "天", 30, 0, 90, "举报投诉", Regulation),
        new(HotThreshold, "重点督办：同一对象举报件数", "件", 3, 2, 100, "举报投诉",
            RuleSource.Local("种子文件 000 只说对“举报问题多”的乡镇（街道）、学校进行重点督办，件数为本地默认值")),
        new(HotWindowDays, "重点督办：统计时段", "天", 90, 7, 365, "举报投诉", RuleSource.Local()),
        new(DuplicateWindowDays, "疑似重复举报：比对时段", "天", 60, 1, 365, "举报投诉", RuleSource.Local()),
        new(DueSoonWorkingDays, "受理、办理期限到期提醒提前", "个工作日", 3, 1, 10, "举报投诉", RuleSource.Local()),
    ];
}

public sealed record ComplaintSettings(int AcceptDays, int HandleDays, int ExtensionMaxDays, int HotThreshold, int HotWindowDays, int DuplicateWindowDays);
