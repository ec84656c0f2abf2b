using Dudao.Modules.Platform.Rules;

namespace Dudao.Modules.SchoolAffairs;

/// <summary>
/// The limits the school-affairs checks read, editable per region on the settings page. Homework minutes are
/// not here: they are the C10 bands of the county's school checklist (<c>Indicators.Limits.HomeworkLimits</c>).
/// </summary>
public sealed class SchoolAffairsRules : IRuleSet
{
    public const string ExamNoWrittenUpToGrade = "school-affairs.exam.no-written-up-to-grade";
    public const string ExamFinalsPerTerm = "school-affairs.exam.finals-per-term";
    public const string ExamMidtermsJunior = "school-affairs.exam.midterms-junior";
    public const string AfterSchoolDays = "school-affairs.after-school.days";
    public const string AfterSchoolMinutes = "school-affairs.after-school.minutes";
    public const string OfficeClosing = "school-affairs.after-school.office-closing";
    public const string ExtendedCareLatest = "school-affairs.after-school.extended-latest";
    public const string CasesPerQuarter = "school-affairs.cases-per-quarter";
    public const string MaterialSetsPerSubject = "school-affairs.material-sets-per-subject";

    private const string Module = "校务公示";
    private static readonly RuleSource Exams = RuleSource.Regulation(
        "教育部办公厅《关于加强义务教育学校考试管理的通知》（2021）：小学一二年级不进行纸笔考试，其他年级每学期组织一次期末考试，初中可适当安排一次期中考试，不得组织周考、月考、单元考试（国家规定；003 C49、任务12 严格限制考试频次）");
    private static readonly RuleSource FivePlusTwo = RuleSource.Seed("003 C15", "课后服务“5+2”：每周5天，每天2小时");

    public IEnumerable<RuleDefinition> Rules =>
    [
        new(ExamNoWrittenUpToGrade, "不进行纸笔考试的最高年级", "年级", 2, 0, 6, Module, Exams),
        new(ExamFinalsPerTerm, "每学期期末纸笔考试最多", "次", 1, 1, 3, Module, Exams),
        new(ExamMidtermsJunior, "初中每学期期中纸笔考试最多（小学不安排）", "次", 1, 0, 2, Module, Exams),
        new(AfterSchoolDays, "课后服务每周最少天数", "天", 5, 1, 7, Module, FivePlusTwo),
        new(AfterSchoolMinutes, "课后服务每天最少时长", "分钟", 120, 30, 300, Module, FivePlusTwo),
        new(OfficeClosing, "本区域正常下班时间（时分，如 1730 即17:30）", "时分", 1730, 1500, 1900, Module,
            RuleSource.Seed("003 C16", "课后服务结束时间原则上不早于本区域正常下班时间；下班时间由各地按实际填写")),
        new(ExtendedCareLatest, "延时托管最晚结束（时分，如 2030 即20:30）", "时分", 2030, 1800, 2200, Module,
            RuleSource.Seed("000 §12", "托管时间最晚可延长至晚8时30分")),
        new(CasesPerQuarter, "每校每季度至少报送优秀案例", "篇", 1, 0, 10, Module, RuleSource.Seed("000 §9", "每季度至少报送一篇优秀案例")),
        new(MaterialSetsPerSubject, "每学科每学期最多征订教辅", "套", 1, 1, 5, Module,
            RuleSource.Seed("000 §14", "原则上每一学科征订一套教辅，特殊情况须上报校委会批准")),
    ];

    /// <summary>A rule written as 时分 (1730) as a time of day; minutes past 59 read as 59.</summary>
    public static TimeOnly Clock(int hhmm) => new(Math.Clamp(hhmm / 100, 0, 23), Math.Min(hhmm % 100, 59));
}
