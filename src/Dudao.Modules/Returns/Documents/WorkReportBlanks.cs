namespace Dudao.Modules.Returns.Documents;

/// <summary>Where a blank of the seed 002 work report takes its value from (docs/work-report-blanks.md).</summary>
internal enum BlankSource { Typed, Registry, Reduction, Return, Rule, AfterSchool }

/// <summary>One <c>*</c> of seed 002, numbered in reading order; a figure written <c>*.*</c> is one blank spanning two numbers.</summary>
internal sealed record WorkReportBlank(int No, string Label, BlankSource Source);

/// <summary>The blanks of the draft, as docs/work-report-blanks.md maps them.</summary>
internal static class WorkReportBlanks
{
    public static readonly IReadOnlyList<WorkReportBlank> All =
    [
        new(1, "人大常委会主任姓名", BlankSource.Typed),
        new(2, "参与课后服务的义务教育学生人数", BlankSource.AfterSchool),
        new(3, "学生参与课后服务的比例", BlankSource.AfterSchool),
        new(5, "参与课后服务的教师人数", BlankSource.AfterSchool),
        new(6, "教师参与课后服务的比例", BlankSource.AfterSchool),
        new(8, "取缔“无证无照”机构数", BlankSource.Reduction),
        new(9, "关停“无证有照”机构数", BlankSource.Reduction),
        new(10, "压减学科类机构数", BlankSource.Reduction),
        new(11, "压减率", BlankSource.Reduction),
        new(13, "现有学科类机构数", BlankSource.Reduction),
        new(14, "现有学科类机构名称", BlankSource.Registry),
        new(15, "现有非学科类机构数", BlankSource.Reduction),
        new(16, "区县名称", BlankSource.Registry),
        new(17, "区县名称", BlankSource.Registry),
        new(18, "区县名称", BlankSource.Registry),
        new(19, "部门联席会议次数", BlankSource.Return),
        new(20, "专题会议次数", BlankSource.Return),
        new(21, "“双减”专题培训场次", BlankSource.Return),
        new(22, "电视台名称", BlankSource.Typed),
        new(23, "新闻网名称", BlankSource.Typed),
        new(24, "微发布名称", BlankSource.Typed),
        new(25, "小学其他年级书面作业时间上限", BlankSource.Rule),
        new(26, "初中书面作业时间上限", BlankSource.Rule),
        new(27, "课后服务模式（每周天数）", BlankSource.Rule),
        new(28, "课后服务模式（每天小时数）", BlankSource.Rule),
        new(29, "摸排的校外培训市场主体数", BlankSource.Registry),
        new(30, "部门联席会议次数", BlankSource.Return),
        new(31, "派出工作人员人次", BlankSource.Return),
        new(32, "检查机构所次", BlankSource.Reduction),
        new(33, "检查从业人员人数", BlankSource.Return),
        new(34, "检查培训材料份数", BlankSource.Return),
        new(35, "检查培训合同份数", BlankSource.Return),
        new(36, "下达整改通知书份数", BlankSource.Return),
        new(37, "查处黑机构数", BlankSource.Reduction),
        new(38, "查处不具备教学资质从业人员数", BlankSource.Return),
        new(39, "拆除巨型广告牌块数", BlankSource.Return),
        new(40, "清理违规广告份数", BlankSource.Return),
        new(41, "农商行支行名称", BlankSource.Typed),
        new(42, "区县名称", BlankSource.Registry),
        new(43, "纳入资金监管的证照齐全机构数", BlankSource.Reduction),
        new(44, "其他区县补贴高中教师的年份", BlankSource.Typed),
        new(45, "财源紧张的其他区县名称", BlankSource.Typed),
    ];
}
