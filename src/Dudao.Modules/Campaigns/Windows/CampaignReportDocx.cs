using System.Globalization;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Shared.Documents;

namespace Dudao.Modules.Campaigns.Windows;

internal sealed record CampaignProblem(string Target, string Description, bool Closed);

/// <summary>The campaign's closing report in the order an office writes one: 基本情况, 督导组, 未督导对象, 发现的问题, 下一步.</summary>
internal static class CampaignReportDocx
{
    public static byte[] Write(CampaignDetailDto c, IReadOnlyList<CampaignProblem> problems, DocumentHeader header)
    {
        var noun = c.TargetKind == Assignment.SchoolTarget ? "学校" : "培训机构";
        var rate = c.Targets.Count == 0 ? "—" : (100.0 * c.Visited / c.Targets.Count).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        using var docx = new OfficialDocx(header, $"关于{c.Name}情况的报告");
        docx.Paragraph($"根据工作安排，{header.OfficeName}于{OfficialDocx.DateText(c.StartsOn)}至{OfficialDocx.DateText(c.EndsOn)}开展{c.Name}（{c.KindLabel}），"
            + $"对{c.Targets.Count}所{noun}进行督导{(c.FilterText is { } f ? $"（范围：{f}）" : "")}。现将有关情况报告如下。", indent: true);
        docx.Heading("一、基本情况").Facts(
        [
            ($"督导{noun}（所）", N(c.Targets.Count)),
            ("已督导（所）", N(c.Visited)),
            ("未督导（所）", N(c.NotYet)),
            ("完成率", rate),
            ("发现问题（个）", N(c.Problems)),
            ("已整改销号（个）", N(c.ProblemsClosed)),
        ]);
        docx.Heading("二、督导组");
        docx.Paragraph(c.Team.Count == 0 ? "无。" : "督导组成员：" + string.Join("、", c.Team.Select(m => m.Name)) + "。", indent: true);
        docx.Heading($"三、未督导的{noun}");
        var missed = c.Targets.Where(t => t.VisitId is null).Select(t => t.TargetName).ToList();
        docx.Paragraph(missed.Count == 0 ? $"督导期间所有{noun}均已督导。" : string.Join("、", missed) + "，请责任督学在下月月月督中补督。", indent: true);
        docx.Heading("四、发现的问题及整改情况");
        if (problems.Count == 0) docx.Paragraph("本次督导未发现问题。", indent: true);
        for (var i = 0; i < problems.Count; i++)
            docx.Paragraph($"{i + 1}. {problems[i].Target}：{problems[i].Description}（{(problems[i].Closed ? "已整改销号" : "整改中")}）", indent: true);
        docx.Heading("五、下一步工作");
        docx.Paragraph("对发现的问题，督促责任单位按期整改并提交整改报告，责任督学跟踪复查、逐项销号；未按期整改的，按规定约谈、通报直至问责。", indent: true);
        docx.Signatures(["督导组组长"]);
        return docx.ToArray();
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
