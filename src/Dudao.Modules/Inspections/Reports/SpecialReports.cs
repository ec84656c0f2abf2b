using Dudao.Data;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Inspections.Special;
using Dudao.Modules.Inspections.Visits;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Platform.Letterheads;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Inspections.Reports;

/// <summary>
/// The report of a special inspection, under the letterhead of the office that organised it: its plan
/// and progress, then every visit's highlights, problems and suggestions by target.
/// </summary>
public sealed class SpecialReports(AppDbContext db, SpecialInspectionService specials, VisitService visits, RegionDirectory regions, LetterheadService letterheads)
{
    public const string DocumentKind = "special-report";

    public async Task<ReportModel> BuildAsync(string id, CancellationToken ct)
    {
        var special = await specials.GetAsync(id, ct);
        var visitIds = await db.Set<Visit>().AsNoTracking().Where(v => v.SpecialInspectionId == id).OrderBy(v => v.Date).ThenBy(v => v.TargetName)
            .Select(v => v.Id).ToListAsync(ct);
        var details = new List<VisitDto>();
        foreach (var visitId in visitIds) details.Add(await visits.GetAsync(visitId, ct));

        var region = await regions.NameAsync(special.RegionCode, ct) ?? special.RegionCode;
        var facts = new List<(string, string)>
        {
            ("组织单位", special.LeadDepartmentId is null ? $"{region}教育督导部门" : $"{region}{special.LeadUnit}（牵头）"),
            ("督导方式", VisitKinds.Label(special.Kind)),
            ("督导时间", $"{special.StartsOn:yyyy年M月d日} 至 {special.EndsOn:yyyy年M月d日}"),
            ("指标体系", special.TemplateName),
            ("督导组成员", string.Join("、", special.Team.Select(m => m.Name))),
            ("完成情况", $"计划 {special.Targets.Count} 个对象，已督导 {special.Visited} 个"),
        };
        var findings = details.SelectMany(v => v.Findings.Select(f => (v.TargetName, Finding: f))).ToList();
        var header = await letterheads.IssueAsync(DocumentKind, special.Id, special.RegionCode, ct);
        return new ReportModel(ReportText.SpecialTitle(special.Name), facts,
        [
            new("一、基本情况", [$"本次专项督导共安排 {special.Targets.Count} 个督导对象，已完成 {special.Visited} 个，发现问题 {findings.Count} 个。",
                .. details.Select(v => $"{v.TargetName}（{v.Date:M月d日}）：{v.Summary}")]),
            new("二、亮点", Prefixed(details, v => v.Highlights)),
            new("三、问题", findings.Count == 0 ? [ReportText.None]
                : findings.Select((f, i) => $"{i + 1}. {f.TargetName}：{f.Finding.Description}" + (f.Finding.IndicatorCode is { } c ? $"（指标 {c}）" : "")).ToList()),
            new("四、整改要求", [.. Prefixed(details, v => v.Requirements).Where(p => p != ReportText.None || findings.Count == 0),
                .. findings.Select((f, i) => $"问题 {i + 1} 须于 {f.Finding.Deadline:yyyy年M月d日} 前整改到位。")]),
            new("五、建议", Prefixed(details, v => v.Suggestions)),
        ], ["督导组组长", "督导部门负责人"], $"{ReportText.SpecialTitle(special.Name)}.docx", Header: header);
    }

    private static List<string> Prefixed(IEnumerable<VisitDto> visits, Func<VisitDto, string?> pick)
    {
        var list = visits.Where(v => !string.IsNullOrWhiteSpace(pick(v))).Select(v => $"{v.TargetName}：{pick(v)!.Trim()}").ToList();
        return list.Count == 0 ? [ReportText.None] : list;
    }
}
