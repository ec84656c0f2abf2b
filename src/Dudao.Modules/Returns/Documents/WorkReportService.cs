using System.Globalization;
using System.Text.RegularExpressions;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Reduction;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Platform.Letterheads;
using Dudao.Modules.Reporting.KeyFigures;
using Dudao.Modules.Returns.Domain;
using Dudao.Modules.Shared.Documents;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Returns.Documents;

/// <summary>
/// Fills the seed 002 work report (docs/work-report-blanks.md) for a region and period: the 压减 figures
/// from the institutions' dated history, the departments' figures summed from the built-in monthly
/// returns submitted for the months of the period, names from the registry, the national rules as written.
/// </summary>
public sealed partial class WorkReportService(AppDbContext db, ICurrentUser me, ReductionService reduction,
    RegionDirectory regions, LetterheadService letterheads, IAfterSchoolParticipation afterSchool, TimeProvider clock)
{
    public const string DocumentKind = "work-report";

    public async Task<WorkReport> GetAsync(string? regionCode, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var region = RegionFilter.OrDefault(regionCode, me.RegionCode);
        ValidationFailedException.ThrowIf(RegionFilter.Field, Check.InScope(me.Scope, region));
        var end = to ?? clock.Today();
        // A report of work done: the period ends by today (a far date would also overflow the month walk).
        ValidationFailedException.ThrowIf("to", end > clock.Today() ? "结束日期不能晚于今天" : null);
        var start = from ?? new DateOnly(end.Year, 1, 1);
        ValidationFailedException.ThrowIf("from", start > end ? "开始日期不能晚于结束日期" : null);
        var r = await reduction.FiguresAsync(new ReductionQuery(region, start, end), ct);
        var name = await regions.NameAsync(region, ct) ?? region;
        var registered = await db.Set<Institution>().AsNoTracking().InRegion(region).CountAsync(ct);
        var subject = await db.Set<Institution>().AsNoTracking().InRegion(region)
            .Where(i => i.Category == Institution.Subject && i.Status == Institution.Normal).OrderBy(i => i.Name).Select(i => i.Name).ToListAsync(ct);
        var returned = await ReturnedAsync(region, start, end, ct);
        // The schools' after-school plans for the term the period ends in, against the registry's pupils and teachers.
        var taking = await afterSchool.ForRegionAsync(region, end, ct);
        int Sum(string key) => returned.Sum(v => v.TryGetValue(key, out var s) ? int.Parse(s, CultureInfo.InvariantCulture) : 0);

        var values = new Dictionary<int, string>
        {
            [2] = Count(taking.PupilsTakingPart), [3] = Percent(taking.PupilRate), [5] = Count(taking.TeachersTakingPart), [6] = Percent(taking.TeacherRate),
            [8] = Count(r.BannedUnlicensed), [9] = Count(r.ClosedLicensedOnly), [10] = Count(r.Reduced),
            [11] = (r.Rate * 100).ToString("0.0", CultureInfo.InvariantCulture), [13] = Count(r.Now), [14] = subject.Count == 0 ? "无" : string.Join("、", subject), [15] = Count(r.NonSubjectNow),
            [16] = name, [17] = name, [18] = name,
            [19] = Count(Sum("jointMeetings")), [20] = Count(Sum("topicMeetings")), [21] = Count(Sum("trainingSessions")),
            // 双减意见 and seed 003 (C10, C15): 60 and 90 minutes, the “5+2” model.
            [25] = "60", [26] = "90", [27] = "5", [28] = "2",
            [29] = Count(registered), [30] = Count(Sum("jointMeetings")), [31] = Count(Sum("staffSent")), [32] = Count(r.InstitutionVisits),
            [33] = Count(Sum("practitionersChecked")), [34] = Count(Sum("materialsChecked")), [35] = Count(Sum("contractsChecked")),
            // Notices issued through Dudao by the office, plus those the departments issued themselves and returned.
            [36] = Count(r.RectificationNotices + Sum("rectificationNotices")),
            [37] = Count(r.UnlicensedFound), [38] = Count(Sum("unqualifiedStaff")), [39] = Count(Sum("billboardsRemoved")), [40] = Count(Sum("advertsRemoved")),
            [42] = name, [43] = Count(r.FundSupervised),
        };
        var labels = WorkReportBlanks.All.ToDictionary(b => b.No, b => b.Label);
        var word = name.Length > 0 && name[^1] is '区' or '县' ? name[^1..] : "县";
        var lines = WorkReportTemplate.Lines.Select(line => Blank().Replace(line.Replace("{县}", word, StringComparison.Ordinal), m =>
        {
            var no = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            return values.TryGetValue(no, out var v) ? v : $"{WorkReport.ToTypeMark}：{labels[no]}】";
        })).ToList();
        var toType = WorkReportBlanks.All.Where(b => !values.ContainsKey(b.No)).Select(b => $"第{b.No}处：{b.Label}").ToList();
        return new WorkReport(region, name, start, end, lines, toType);
    }

    /// <summary>The draft as a .docx on the office's letterhead (文号 issued once per region and period), blanks to type listed at the end.</summary>
    public async Task<byte[]> DocxAsync(string? regionCode, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var report = await GetAsync(regionCode, from, to, ct);
        var header = await letterheads.IssueAsync(DocumentKind,
            string.Create(CultureInfo.InvariantCulture, $"{report.RegionCode}:{report.From:yyyy-MM-dd}:{report.To:yyyy-MM-dd}"), report.RegionCode, ct);
        using var docx = new OfficialDocx(header, WorkReportTemplate.Title);
        foreach (var line in report.Lines)
        {
            if (line.StartsWith('#')) docx.Heading(line[1..]);
            else docx.Paragraph(line, indent: true);
        }
        docx.Heading("附：待填写事项（草稿说明，定稿前删除）");
        docx.Paragraph($"统计区间：{OfficialDocx.DateText(report.From)}至{OfficialDocx.DateText(report.To)}。", indent: true);
        foreach (var item in report.ToType) docx.Paragraph(item, indent: true);
        return docx.ToArray();
    }

    /// <summary>The values of the built-in monthly returns submitted or accepted for the months of the period.</summary>
    private async Task<List<IReadOnlyDictionary<string, string>>> ReturnedAsync(string region, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var months = new List<string>();
        for (var m = ReturnPeriod.Containing(PeriodKinds.Month, from); m.Start <= to; m = m with { Index = m.Index % 12 + 1, Year = m.Index == 12 ? m.Year + 1 : m.Year })
        {
            months.Add(m.Code);
        }
        var form = await db.Set<ReturnForm>().AsNoTracking().FirstAsync(x => x.Key == ReturnForm.MonthlyStatistics, ct);
        var data = await db.Set<PeriodicReturn>().AsNoTracking().InRegion(region)
            .Where(r => r.FormId == form.Id && months.Contains(r.Period) && (r.Status == ReturnStatuses.Submitted || r.Status == ReturnStatuses.Accepted))
            .Select(r => r.Data).ToListAsync(ct);
        return data.Select(PeriodicReturn.ParseValues).ToList();
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double? rate) => ((rate ?? 0) * 100).ToString("0.0", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Blank();
}
