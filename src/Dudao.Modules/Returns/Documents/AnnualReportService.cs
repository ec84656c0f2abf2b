using System.Globalization;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Platform.Letterheads;
using Dudao.Modules.Reporting.Rollups;
using Dudao.Modules.Returns.Domain;
using Dudao.Modules.Shared.Documents;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Returns.Documents;

/// <summary>
/// The annual 督导报告 of a region: the year's figures read from the rollups (January up to this month for the
/// current year), and the 亮点, 问题 and 建议 as saved per region and year or pre-filled from those figures.
/// </summary>
public sealed class AnnualReportService(AppDbContext db, ICurrentUser me, IRegionFigures figures, RegionDirectory regions,
    LetterheadService letterheads, TimeProvider clock)
{
    public const string DocumentKind = "annual-report";

    public async Task<AnnualReport> GetAsync(string? regionCode, int? year, CancellationToken ct)
    {
        var (region, y) = Check(regionCode, year);
        var today = clock.Today();
        var to = y == today.Year ? today.ToString("yyyy-MM", CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{y:0000}-12");
        var from = string.Create(CultureInfo.InvariantCulture, $"{y:0000}-01");
        var f = (await figures.OfAsync(region, from, to, ct)).Figures;
        var name = await regions.NameAsync(region, ct) ?? region;
        var saved = await db.Set<AnnualReportText>().AsNoTracking().InRegion(region).FirstOrDefaultAsync(t => t.RegionCode == region && t.Year == y, ct);
        var text = saved is null ? AnnualReportRules.Prefill(f, await figures.ChildrenAsync(region, from, to, ct))
            : new AnnualReportSections(saved.Highlights, saved.Problems, saved.Suggestions);
        const string Rollup = "督导记录、问题台账、举报（系统汇总）";
        var lines = new List<StatisticsLine>
        {
            new("开展督导检查（次）", MonthlyStatistics.Count(f.Visits), Rollup),
            new("月月督覆盖率", MonthlyStatistics.Percent(f.CoverageRate), Rollup),
            new("发现问题（个）", MonthlyStatistics.Count(f.ProblemsOpened), Rollup),
            new("整改销号（个）", MonthlyStatistics.Count(f.ProblemsClosed), Rollup),
            new("逾期未整改（个）", MonthlyStatistics.Count(f.ProblemsOverdue), Rollup),
            new("累计整改率", MonthlyStatistics.Percent(f.RectificationRate), Rollup),
            new("受理举报（件）", MonthlyStatistics.Count(f.ComplaintsReceived), Rollup),
            new("举报按期办结率", MonthlyStatistics.Percent(f.ComplaintsOnTimeRate), Rollup),
        };
        var label = string.Create(CultureInfo.InvariantCulture, $"{y}年1月至{int.Parse(to[5..], CultureInfo.InvariantCulture)}月");
        return new AnnualReport(region, name, y, label, lines, text, saved?.Version ?? 0, saved is not null);
    }

    /// <summary>Saves the office's wording; a version other than the one stored (0 before the first save) is a 409.</summary>
    public async Task<AnnualReport> SaveAsync(AnnualReportEdit edit, CancellationToken ct)
    {
        var (region, y) = Check(edit.RegionCode, edit.Year);
        var sections = new AnnualReportSections((edit.Highlights ?? "").Trim(), (edit.Problems ?? "").Trim(), (edit.Suggestions ?? "").Trim());
        ValidationFailedException.ThrowIf("highlights", Core.Errors.Check.Length(sections.Highlights, AnnualReportText.SectionMax, "亮点"));
        ValidationFailedException.ThrowIf("problems", Core.Errors.Check.Length(sections.Problems, AnnualReportText.SectionMax, "问题"));
        ValidationFailedException.ThrowIf("suggestions", Core.Errors.Check.Length(sections.Suggestions, AnnualReportText.SectionMax, "建议"));
        var version = edit.Version ?? 0;
        var row = await db.Set<AnnualReportText>().InRegion(region).FirstOrDefaultAsync(t => t.RegionCode == region && t.Year == y, ct);
        if (row is null)
        {
            if (version != 0) throw new DbUpdateConcurrencyException("annual report text missing");
            row = new AnnualReportText { RegionCode = region, Year = y, Version = 1 };
            db.Add(row);
        }
        else
        {
            // 0 means the pre-filled text was read: somebody saved first.
            if (version == 0) throw new DbUpdateConcurrencyException("annual report text saved meanwhile");
            db.ExpectVersion(row, version);
        }
        (row.Highlights, row.Problems, row.Suggestions) = (sections.Highlights, sections.Problems, sections.Suggestions);
        (row.UpdatedAt, row.UpdatedBy) = (clock.GetUtcNow().UtcDateTime, me.UserName);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (version == 0)
        {
            // Two first saves at once: the other took the region's row for the year.
            throw DomainException.Conflict("该年度报告已由他人先行保存，请刷新后再修改");
        }
        return await GetAsync(region, y, ct);
    }

    /// <summary>The report as an issued .docx (letterhead, 文号 issued once per region and year, seal line).</summary>
    public async Task<byte[]> DocxAsync(string? regionCode, int? year, CancellationToken ct)
    {
        var report = await GetAsync(regionCode, year, ct);
        var header = await letterheads.IssueAsync(DocumentKind, string.Create(CultureInfo.InvariantCulture, $"{report.RegionCode}:{report.Year}"), report.RegionCode, ct);
        using var docx = new OfficialDocx(header, $"{report.RegionName}{report.Year}年“双减”督导报告");
        docx.Paragraph($"统计区间：{report.PeriodLabel}。", indent: true);
        docx.Heading("一、基本情况").Facts(report.Figures.Select(l => (l.Label, l.Value)).ToList());
        foreach (var (title, text) in new[] { ("二、工作亮点", report.Text.Highlights), ("三、存在问题", report.Text.Problems), ("四、意见建议", report.Text.Suggestions) })
        {
            docx.Heading(title);
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) docx.Paragraph(line, indent: true);
        }
        return docx.ToArray();
    }

    private (string Region, int Year) Check(string? regionCode, int? year)
    {
        var region = RegionFilter.OrDefault(regionCode, me.RegionCode);
        ValidationFailedException.ThrowIf(RegionFilter.Field, Core.Errors.Check.InScope(me.Scope, region));
        var today = clock.Today();
        var y = year ?? today.Year;
        ValidationFailedException.ThrowIf("year", y < 2000 || y > today.Year ? $"年度应为 2000 至 {today.Year} 之间的年份" : null);
        return (region, y);
    }
}
