using Dudao.Core.Errors;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Indicators.Templates;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Inspections.SelfAssessments;

public sealed record SelfSummaryInput(string? Work, string? Highlights, string? Problems, string? NextSteps, int? Version);

/// <param name="Figures">The unit's own figures: "小学，学生 1200 人，教师 80 人".</param>
/// <param name="Results">"自查指标 38 项：符合 35 项，不符合 2 项，不适用 1 项".</param>
/// <param name="Saved">False while the sections are the draft written from the answers.</param>
/// <param name="Date">The day the summary was last saved, or the self-assessment submitted.</param>
public sealed record SelfSummaryDto(string SelfAssessmentId, string TargetKind, string TargetId, string TargetName, string RoundName, string Office,
    string Figures, string Results, DateOnly Date, string Work, string Highlights, string Problems, string NextSteps, bool Saved, int Version);

/// <summary>
/// The 自查小结 of a submitted self-assessment (000 §5): a draft written from its answers until the
/// target saves its own text, which later returns and reports can take over. Only the target edits it;
/// whoever sees the self-assessment reads it.
/// </summary>
public sealed class SelfSummaryService(AppDbContext db, TemplateService templates, RegionDirectory regions, TimeProvider clock)
{
    public async Task<SelfSummaryDto> GetAsync(string id, CancellationToken ct)
    {
        var self = await db.Set<SelfAssessment>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainException.NotFound("自评");
        if (self.Status != SelfAssessment.Submitted) throw DomainException.Conflict("自评提交后才能生成自查小结");
        // The round belongs to the office above the target: the target reads it through its own self-assessment.
        var round = await db.Set<SelfAssessmentRound>().IgnoreQueryFilters().AsNoTracking().FirstAsync(r => r.Id == self.RoundId, ct);
        var tree = (await templates.LoadAsync(round.TemplateId, ct)).For(self.TargetKind);
        var office = $"{await regions.NameAsync(round.RegionCode, ct) ?? round.RegionCode}教育督导部门";
        var figures = await FiguresAsync(self, ct);
        var saved = self.SummarySavedAt is not null;
        var sections = saved
            ? new SelfSummarySections(self.SummaryWork ?? "", self.SummaryHighlights ?? "", self.SummaryProblems ?? "", self.SummaryNextSteps ?? "")
            : SelfSummaryDraft.Write(self.TargetName, figures, office, round.Name, tree, self.ResultList, await DeadlinesAsync(id, ct));
        var date = DateOnly.FromDateTime(ChinaTime.ToLocal(self.SummarySavedAt ?? self.SubmittedAt!.Value));
        return new SelfSummaryDto(self.Id, self.TargetKind, self.TargetId, self.TargetName, round.Name, office, figures, SelfSummaryDraft.Results(tree, self.ResultList), date,
            sections.Work, sections.Highlights, sections.Problems, sections.NextSteps, saved, self.Version);
    }

    /// <summary>The target keeps its edited summary; every section is needed (write "无" for none).</summary>
    public async Task<SelfSummaryDto> SaveAsync(string id, SelfSummaryInput input, CancellationToken ct)
    {
        var self = await db.Set<SelfAssessment>().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainException.NotFound("自评");
        var caller = db.User;
        if (!caller.IsUnit(self.TargetKind, self.TargetId)) throw DomainException.Forbidden("只有填报自评的学校或机构本身可以修改自查小结");
        if (self.Status != SelfAssessment.Submitted) throw DomainException.Conflict("自评提交后才能生成自查小结");
        var errors = new ValidationErrors();
        foreach (var (field, label, value) in new[] { ("work", "工作开展情况", input.Work), ("highlights", "亮点", input.Highlights),
                     ("problems", "问题和不足", input.Problems), ("nextSteps", "下一步打算", input.NextSteps) })
        {
            if (string.IsNullOrWhiteSpace(value)) errors.Add(field, $"请填写{label}（没有可写“无”）");
            else errors.AddIf(field, Check.Length(value, SelfAssessment.SummaryMax, label));
        }
        errors.ThrowIfAny();
        if (input.Version is { } version) db.ExpectVersion(self, version);
        self.SummaryWork = input.Work!.Trim();
        self.SummaryHighlights = input.Highlights!.Trim();
        self.SummaryProblems = input.Problems!.Trim();
        self.SummaryNextSteps = input.NextSteps!.Trim();
        self.SummarySavedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task<string> FiguresAsync(SelfAssessment self, CancellationToken ct)
    {
        if (self.TargetKind == Assignment.SchoolTarget)
        {
            var school = await db.Set<School>().AsNoTracking().Where(s => s.Id == self.TargetId)
                .Select(s => new { s.Type, s.Ownership, s.Pupils, s.Teachers }).FirstOrDefaultAsync(ct);
            return school is null ? "学校" : $"{school.Ownership}{school.Type}，学生 {school.Pupils} 人，教师 {school.Teachers} 人";
        }
        var institution = await db.Set<Institution>().AsNoTracking().Where(i => i.Id == self.TargetId)
            .Select(i => new { i.Category, i.Kind, i.Mode, i.Licence }).FirstOrDefaultAsync(ct);
        return institution is null ? "培训机构" : $"{institution.Category}{(institution.Kind is { } k ? $"（{k}）" : "")}，{institution.Mode}培训，{institution.Licence}";
    }

    private async Task<Dictionary<string, DateOnly>> DeadlinesAsync(string id, CancellationToken ct) =>
        (await db.Set<Problem>().AsNoTracking().Where(p => p.Source == ProblemSources.SelfAssessment && p.SourceId == id && p.IndicatorCode != null)
            .Select(p => new { p.IndicatorCode, p.Deadline }).ToListAsync(ct))
        .GroupBy(p => p.IndicatorCode!).ToDictionary(g => g.Key, g => g.Max(p => p.Deadline));
}
