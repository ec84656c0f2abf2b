using System.Globalization;
using Dudao.Modules.Returns.Domain;
using Dudao.Modules.Shared.Documents;

namespace Dudao.Modules.Returns.Documents;

/// <summary>The bulletin's text in the order of 000 §4 and 001's 调度: 目标任务完成情况, 突出问题, 典型举报, then commendations.</summary>
internal static class BulletinDocx
{
    public static byte[] Write(Bulletin b, DocumentHeader header)
    {
        var f = b.Figures;
        string P(double? rate) => MonthlyStatistics.Percent(rate);
        string N(int n) => MonthlyStatistics.Count(n);
        using var docx = new OfficialDocx(header, $"关于{b.QuarterLabel}“双减”工作情况的通报");
        docx.Paragraph($"根据“双减”情况季度通报制度，现将{b.RegionName}{b.QuarterLabel}“双减”督导工作情况（截至{OfficialDocx.DateText(b.AsOf)}）通报如下。", indent: true);

        docx.Heading("一、目标任务完成情况").Facts(
        [
            ("开展督导检查（次）", N(f.Visits)),
            ("月月督覆盖率", P(f.CoverageRate)),
            ("发现问题（个）", N(f.ProblemsOpened)),
            ("整改销号（个）", N(f.ProblemsClosed)),
            ("累计整改率", P(f.RectificationRate)),
            ("逾期未整改（个）", N(b.OverdueTotal)),
            ("受理举报（件）", N(f.ComplaintsReceived)),
            ("办结举报（件）", N(f.ComplaintsClosed)),
            ("举报按期办结率", P(f.ComplaintsOnTimeRate)),
        ]);
        docx.Paragraph($"{b.UnitLabel}排名（按月月督覆盖率、整改率、举报按期办结率）：", indent: true);
        if (b.Ranking.Count == 0) docx.Paragraph($"无{b.UnitLabel}。", indent: true);
        else docx.Table(RankHeaders(b), b.Ranking.Select(RankCells).ToList());

        docx.Heading("二、突出问题");
        foreach (var finding in new[] { BulletinFindings.Inactive, BulletinFindings.Behind })
        {
            var named = b.Named.Where(u => u.Finding == finding).ToList();
            docx.Paragraph(named.Count == 0 ? $"本季度无{BulletinFindings.Label(finding)}{b.UnitLabel}。"
                : $"{BulletinFindings.Label(finding)}{b.UnitLabel}（{named.Count}个）：" + string.Join("；", named.Select(u => $"{u.Name}（{string.Join("，", u.Reasons)}）")) + "。予以通报。", indent: true);
        }
        docx.Paragraph(b.OverdueTotal == 0 ? "截至通报日无逾期未整改问题。" : $"逾期未整改问题{b.OverdueTotal}个：", indent: true);
        foreach (var p in b.OverdueProblems) docx.Paragraph($"{p.Target}：{p.Description}（整改时限{p.Deadline:yyyy-MM-dd}，逾期{p.DaysOverdue}天）", indent: true);
        if (b.OverdueTotal > b.OverdueProblems.Count) docx.Paragraph($"……另有{b.OverdueTotal - b.OverdueProblems.Count}个，见整改台账。", indent: true);

        docx.Heading("三、举报受理及典型举报");
        docx.Paragraph($"本季度受理举报{N(f.ComplaintsReceived)}件，办结{N(f.ComplaintsClosed)}件，其中按期办结{N(f.ComplaintsClosedOnTime)}件（按期办结率{P(f.ComplaintsOnTimeRate)}），不予受理{N(f.ComplaintsRejected)}件。", indent: true);
        docx.Paragraph(b.TypicalReports.Count == 0 ? "本季度无被多次举报的对象。" : "被多次举报的对象：" + string.Join("；", b.TypicalReports.Select(t => $"{t.Target}（举报{t.Reports}件，已办结{t.Closed}件）")) + "。", indent: true);

        docx.Heading("四、通报表扬");
        docx.Paragraph(b.Commendations.Count == 0 ? "本季度无通报表扬。" : string.Join("；", b.Commendations.Select(c => $"{c.Target}（{c.Reason}）")) + "。", indent: true);
        docx.Paragraph("被通报单位要认真对照问题，限期整改并书面报告整改情况；整改不力的，依据《教育督导问责办法》予以约谈、挂牌督办直至问责。", indent: true);
        return docx.ToArray();
    }

    /// <summary>The ranking's columns; complaints are ranked for regions only (a school's are too few to rate).</summary>
    public static IReadOnlyList<string> RankHeaders(Bulletin b) =>
        ["名次", b.UnitLabel, "月月督覆盖率", "整改率", .. b.UnitKind == Bulletin.ChildRegions ? ["举报按期办结率"] : Array.Empty<string>(),
            "本季度销号（个）", "逾期未整改（个）", "通报"];

    public static IReadOnlyList<string> RankCells(BulletinUnit u) =>
        [u.Rank.ToString(CultureInfo.InvariantCulture), u.Name, MonthlyStatistics.Percent(u.CoverageRate), MonthlyStatistics.Percent(u.RectificationRate),
            .. u.Kind == Bulletin.ChildRegions ? [MonthlyStatistics.Percent(u.ComplaintsOnTimeRate)] : Array.Empty<string>(),
            u.ProblemsClosed.ToString(CultureInfo.InvariantCulture), u.ProblemsOverdue.ToString(CultureInfo.InvariantCulture),
            u.Finding is { } x ? BulletinFindings.Label(x) : ""];
}
