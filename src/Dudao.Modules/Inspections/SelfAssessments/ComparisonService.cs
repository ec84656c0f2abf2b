using Dudao.Core.Errors;
using Dudao.Data;
using Dudao.Modules.Indicators.Templates;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Platform.Rules;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Inspections.SelfAssessments;

/// <param name="Gap">|self − inspector| on the 0–1 scale, when both scored the item.</param>
public sealed record ComparisonItem(string Code, string Title, string? SelfValue, double? SelfScore, string? InspectorValue, double? InspectorScore,
    bool Differs, double? Gap, bool Flagged);

public sealed record ComparisonDto(string SelfAssessmentId, string TargetName, string? VisitId, DateOnly? VisitDate, int ThresholdPercent,
    IReadOnlyList<ComparisonItem> Items, int Differing, int Flagged);

/// <summary>
/// Sets a target's self-assessment against the latest inspector visit to it on the same template,
/// item by item: where the two differ, and where the gap reaches the region's threshold.
/// </summary>
public sealed class ComparisonService(AppDbContext db, SelfAssessmentService selfAssessments, TemplateService templates, RuleService rules)
{
    public async Task<ComparisonDto> CompareAsync(string selfAssessmentId, CancellationToken ct)
    {
        var self = await selfAssessments.GetAsync(selfAssessmentId, ct);
        if (self.Status != SelfAssessment.Submitted) throw DomainException.Conflict("自评尚未提交，暂不能比对");
        var tree = (await templates.LoadAsync(self.TemplateId, ct)).For(self.TargetKind);
        var visit = await db.Set<Visit>().AsNoTracking()
            .Where(v => v.TargetKind == self.TargetKind && v.TargetId == self.TargetId && v.TemplateId == self.TemplateId && v.Results != "[]")
            .OrderByDescending(v => v.Date).ThenByDescending(v => v.CreatedAt).FirstOrDefaultAsync(ct);
        var threshold = await rules.GetAsync(InspectionsRules.SelfGapPercent, self.RegionCode, ct);
        var inspector = visit?.ResultList.ToDictionary(r => r.Code) ?? [];
        var own = self.Results.ToDictionary(r => r.Code);

        var items = tree.Items.Select(i =>
        {
            var code = i.Node.Code;
            var s = own.GetValueOrDefault(code)?.Value;
            var v = inspector.GetValueOrDefault(code)?.Value;
            var (ss, vs) = (i.Rule.Score(s), i.Rule.Score(v));
            var gap = ss is { } a && vs is { } b ? Math.Abs(a - b) : (double?)null;
            var differs = visit is not null && v is not null && ss != vs;
            return new ComparisonItem(code, i.Node.Title, s, ss, v, vs, differs, gap, differs && gap * 100 >= threshold - 1e-9);
        }).ToList();
        return new ComparisonDto(self.Id, self.TargetName, visit?.Id, visit?.Date, threshold, items, items.Count(i => i.Differs), items.Count(i => i.Flagged));
    }
}
