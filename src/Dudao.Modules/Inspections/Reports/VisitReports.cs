using System.Globalization;
using Dudao.Core.Time;
using Dudao.Modules.Indicators.Templates;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Inspections.Visits;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Letterheads;
using Dudao.Modules.Rectification.Domain;

namespace Dudao.Modules.Inspections.Reports;

/// <summary>
/// The report of one visit (督导意见书), issued under the visit's county office's letterhead: facts,
/// results, findings as problems with their deadlines, the photos taken as evidence, and the two signatures.
/// </summary>
public sealed class VisitReports(VisitService visits, TemplateService templates, LetterheadService letterheads)
{
    public const string DocumentKind = "visit-report";

    public async Task<ReportModel> BuildAsync(string visitId, CancellationToken ct)
    {
        var visit = await visits.GetAsync(visitId, ct);
        var tree = await templates.LoadAsync(visit.TemplateId, ct);
        var headOf = visit.TargetKind == Assignment.SchoolTarget ? "学校负责人" : "机构负责人";
        var facts = new List<(string, string)>
        {
            ("督导对象", visit.TargetName),
            ("督导日期", visit.Date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)),
            ("督导类型", VisitKinds.Label(visit.Kind)),
            ("督导方式", string.Join("、", visit.Methods.Select(VisitMethods.Label))),
            ("督学", visit.InspectorName ?? visit.CreatedBy),
            ("指标体系", $"{tree.Template.Name}（{tree.Template.Year}）"),
        };
        if (visit.AcknowledgedAt is { } at) facts.Add(("确认", $"{visit.AcknowledgedBy} 于 {ChinaTime.ToLocal(at):yyyy-MM-dd HH:mm} 确认"));

        var header = await letterheads.IssueAsync(DocumentKind, visit.Id, visit.RegionCode, ct);
        var photos = visit.Files.Where(f => f.ContentType.StartsWith("image/", StringComparison.Ordinal)).Select(f => new ReportPhoto(f.Id, f.FileName)).ToList();
        return new ReportModel($"{visit.TargetName}督导报告", facts,
        [
            new("一、基本情况", [.. ReportText.Paragraphs(visit.Summary, visit.Feedback is null ? null : "当场反馈：" + visit.Feedback), ResultsLine(visit.Results, tree)]),
            new("二、亮点", ReportText.Paragraphs(visit.Highlights)),
            new("三、问题", Problems(visit.Findings)),
            new("四、整改要求", [.. ReportText.Paragraphs(visit.Requirements).Where(p => p != ReportText.None || visit.Findings.Count == 0), .. Deadlines(visit.Findings)]),
            new("五、建议", ReportText.Paragraphs(visit.Suggestions)),
        ], ["督学", headOf], $"督导报告-{visit.TargetName}-{visit.Date:yyyyMMdd}.docx", Header: header, Photos: photos);
    }

    /// <summary>"逐项检查 12 项：符合 10 项，不符合 2 项（C10 …、C21 …）。"</summary>
    internal static string ResultsLine(IReadOnlyList<ItemResult> results, TemplateTree tree)
    {
        var scored = results.Select(r => (r, Score: tree.RuleFor(r.Code)?.Score(r.Value))).Where(x => x.Score is not null).ToList();
        var failed = scored.Where(x => x.Score < 1).Select(x => $"{x.r.Code} {tree.Find(x.r.Code)?.Title}").ToList();
        return $"逐项检查 {scored.Count} 项：符合 {scored.Count - failed.Count} 项，不符合 {failed.Count} 项"
               + (failed.Count > 0 ? $"（{string.Join("；", failed)}）。" : "。");
    }

    internal static IReadOnlyList<string> Problems(IReadOnlyList<FindingDto> findings) => findings.Count == 0 ? [ReportText.None]
        : findings.Select((f, i) => $"{i + 1}. 【{ProblemSeverities.Label(f.Severity)}】{f.Description}" + (f.IndicatorCode is { } code ? $"（指标 {code}）" : "")).ToList();

    internal static IEnumerable<string> Deadlines(IReadOnlyList<FindingDto> findings) =>
        findings.Select((f, i) => $"问题 {i + 1} 须于 {f.Deadline:yyyy年M月d日} 前整改到位，并在整改台账中提交整改佐证，由责任督学核验销号。");
}
