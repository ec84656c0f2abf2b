using Dudao.Modules.Reporting.Rollups;

namespace Dudao.Modules.Returns.Documents;

/// <summary>
/// Pre-fills 亮点, 问题 and 建议 from a region's figures of the year and its child regions (ADR-093): a rate at
/// or above its goal is a highlight, below it a problem with its matching suggestion; overdue problems are
/// always a problem; the child region with the best and the worst coverage are named.
/// </summary>
internal static class AnnualReportRules
{
    public const double CoverageGoal = 0.9, RectificationGoal = 0.8, ComplaintsGoal = 0.9;

    public static AnnualReportSections Prefill(Figures f, IReadOnlyList<RegionFigures> children)
    {
        var (highlights, problems, suggestions) = (new List<string>(), new List<string>(), new List<string>());
        void Judge(bool met, string fact, string good, string shortfall, string advice)
        {
            if (met)
            {
                highlights.Add($"{fact}，{good}。");
                return;
            }
            problems.Add($"{fact}，{shortfall}。");
            suggestions.Add(advice);
        }

        Judge(f.CoverageRate >= CoverageGoal, $"全年开展督导检查{f.Visits}次，月月督覆盖率{MonthlyStatistics.Percent(f.CoverageRate)}",
            "实现责任督学每月到校督导全覆盖", "未实现每月至少到校督导1次", "压实责任督学“月月督”，对未到校督导的学校逐校补督，按月通报覆盖情况。");
        if (f.ProblemsOpenedToDate > 0)
        {
            Judge(f.RectificationRate >= RectificationGoal,
                $"累计发现问题{f.ProblemsOpenedToDate}个，整改销号{f.ProblemsClosedToDate}个，整改率{MonthlyStatistics.Percent(f.RectificationRate)}",
                "问题整改闭环落实", "低于80%", "建立问题整改台账销号制度，逐项跟踪复查整改成效。");
        }
        if (f.ProblemsOverdue > 0)
        {
            problems.Add($"{f.ProblemsOverdue}个问题逾期未整改。");
            suggestions.Add("对逾期问题挂牌督办，逐项明确整改时限和责任人，整改不到位的依规问责。");
        }
        if (f.ComplaintsClosed > 0)
        {
            Judge(f.ComplaintsOnTimeRate >= ComplaintsGoal,
                $"受理举报{f.ComplaintsReceived}件，办结{f.ComplaintsClosed}件，按期办结率{MonthlyStatistics.Percent(f.ComplaintsOnTimeRate)}",
                "群众反映问题件件有回音", "未达90%", "完善举报受理办理机制，确保举报按期办结。");
        }
        var ranked = children.Where(c => c.Figures.CoverageRate is not null).OrderByDescending(c => c.Figures.CoverageRate).ToList();
        if (ranked.Count > 1)
        {
            highlights.Add($"{ranked[0].Name}月月督覆盖率{MonthlyStatistics.Percent(ranked[0].Figures.CoverageRate)}，居下辖地区首位。");
            if (ranked[^1].Figures.CoverageRate < CoverageGoal)
            {
                problems.Add($"{ranked[^1].Name}月月督覆盖率仅{MonthlyStatistics.Percent(ranked[^1].Figures.CoverageRate)}，居下辖地区末位。");
                suggestions.Add($"对{ranked[^1].Name}开展专项督导，帮助补齐短板。");
            }
        }
        if (highlights.Count == 0) highlights.Add("（本年度数据尚未形成亮点，请补充。）");
        if (problems.Count == 0) problems.Add("（本年度数据未反映突出问题，请结合实地督导补充。）");
        suggestions.Add("持续巩固“双减”成果，常态化开展督导检查，及时总结推广好做法、好经验。");
        return new(string.Join('\n', highlights), string.Join('\n', problems), string.Join('\n', suggestions));
    }
}
