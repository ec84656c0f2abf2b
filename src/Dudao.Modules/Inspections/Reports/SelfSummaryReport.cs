using System.Globalization;
using Dudao.Modules.Inspections.SelfAssessments;
using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Inspections.Reports;

/// <summary>A 自查小结 as a report: the unit's facts, the four sections, the head's signature, and the unit's seal and date.</summary>
public static class SelfSummaryReport
{
    public static ReportModel Of(SelfSummaryDto summary) => new($"{summary.TargetName}“双减”工作自查小结",
        [
            ("单位", summary.TargetName),
            ("基本情况", summary.Figures),
            ("自查", summary.RoundName),
            ("组织单位", summary.Office),
            ("自查结果", summary.Results),
            ("小结日期", summary.Date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)),
        ],
        [
            new("一、工作开展情况", ReportText.Paragraphs(summary.Work)),
            new("二、亮点", ReportText.Paragraphs(summary.Highlights)),
            new("三、问题和不足", ReportText.Paragraphs(summary.Problems)),
            new("四、下一步打算", ReportText.Paragraphs(summary.NextSteps)),
        ],
        [summary.TargetKind == Assignment.SchoolTarget ? "学校负责人" : "机构负责人"],
        $"自查小结-{summary.TargetName}-{summary.RoundName}.docx",
        [$"{summary.TargetName}（盖章）", summary.Date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)]);
}
