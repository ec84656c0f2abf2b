using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Indicators.Templates;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Inspections.Visits;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Inspectors;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Rectification.Intake;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Inspections.SelfAssessments;

public sealed record RoundInput(string? Name, string? TemplateId, string? TargetKind, DateOnly? Deadline, List<string>? TargetIds);

public sealed record SelfAssessmentInput(List<ResultInput>? Results, bool Submit, int? Version);

public sealed record RoundSummaryDto(string Id, string RegionCode, string Name, string TargetKind, DateOnly Deadline, int Targets, int Submitted);

public sealed record SelfAssessmentRow(string Id, string TargetId, string TargetName, string RegionCode, string Status, DateTime? SubmittedAt, bool Late);

public sealed record RoundDto(string Id, string RegionCode, string Name, string TemplateId, string TargetKind, DateOnly Deadline,
    int Targets, int Submitted, IReadOnlyList<SelfAssessmentRow> Items);

/// <param name="ProblemIds">The problems its "not met" items opened on the rectification ledger when it was submitted.</param>
public sealed record SelfAssessmentDto(string Id, string RoundId, string RoundName, DateOnly Deadline, string TemplateId, string RegionCode,
    string TargetKind, string TargetId, string TargetName, string Status, IReadOnlyList<ItemResult> Results, DateTime? SubmittedAt, string? SubmittedBy, int Version,
    IReadOnlyList<string> ProblemIds);

/// <summary>
/// 自查/自评: an office opens a round, each target fills in its own scores with evidence on the items
/// that apply to it, the office follows completion. What a target rates as not met goes on its
/// rectification ledger (000 §5: 列出问题清单，及时落实整改).
/// </summary>
public sealed class SelfAssessmentService(AppDbContext db, TemplateService templates, ProblemIntake intake, TimeProvider clock)
{
    /// <summary>Opens a round for the chosen targets, or for every target of the kind in the office's region when none are chosen.</summary>
    public async Task<RoundDto> OpenAsync(RoundInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 100) errors.Add("name", "请填写名称（不超过100字）");
        if (input.TargetKind is not (Assignment.SchoolTarget or Assignment.InstitutionTarget)) errors.Add("targetKind", "对象类型应为 school 或 institution");
        if (input.Deadline is null) errors.Add("deadline", "请填写截止日期");
        errors.AddIf("deadline", DateBounds.Check(input.Deadline));
        errors.ThrowIfAny();

        var region = db.User.RegionCode;
        var wanted = (input.TargetIds ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().ToList();
        var query = AssignmentTargets.Of(db, input.TargetKind!, region);
        if (wanted.Count > 0) query = query.Where(t => wanted.Contains(t.Id));
        var targets = await query.ToListAsync(ct);
        foreach (var missing in wanted.Except(targets.Select(t => t.Id))) errors.Add("targetIds", $"对象“{missing}”不存在或不在您的数据范围内");
        if (targets.Count == 0) errors.Add("targetIds", "范围内没有可参加自评的对象");
        var tree = (input.TemplateId is { Length: > 0 } id ? await templates.LoadAsync(id, ct) : await templates.DefaultForAsync(input.TargetKind!, region, ct))
            .For(input.TargetKind!);
        if (tree.Items.Count == 0) errors.Add("templateId", "该指标体系中没有适用于这类对象的指标");
        errors.ThrowIfAny();

        var round = new SelfAssessmentRound
        {
            RegionCode = region, Name = input.Name!.Trim(), TemplateId = tree.Template.Id, TargetKind = input.TargetKind!,
            Deadline = input.Deadline!.Value, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = db.User.UserName,
        };
        db.Add(round);
        db.AddRange(targets.Select(t => new SelfAssessment
        {
            RoundId = round.Id, RegionCode = t.RegionCode, TargetKind = round.TargetKind, TargetId = t.Id, TargetName = t.Name,
        }));
        await db.SaveChangesAsync(ct);
        return await GetRoundAsync(round.Id, ct);
    }

    public async Task<IReadOnlyList<RoundSummaryDto>> ListRoundsAsync(CancellationToken ct)
    {
        var rounds = await db.Set<SelfAssessmentRound>().AsNoTracking().OrderByDescending(r => r.CreatedAt).Take(200).ToListAsync(ct);
        var ids = rounds.Select(r => r.Id).ToList();
        var counts = await db.Set<SelfAssessment>().Where(s => ids.Contains(s.RoundId)).GroupBy(s => s.RoundId)
            .Select(g => new { g.Key, Total = g.Count(), Submitted = g.Count(s => s.Status == SelfAssessment.Submitted) }).ToListAsync(ct);
        return rounds.Select(r =>
        {
            var c = counts.FirstOrDefault(x => x.Key == r.Id);
            return new RoundSummaryDto(r.Id, r.RegionCode, r.Name, r.TargetKind, r.Deadline, c?.Total ?? 0, c?.Submitted ?? 0);
        }).ToList();
    }

    public async Task<RoundDto> GetRoundAsync(string id, CancellationToken ct)
    {
        var round = await db.Set<SelfAssessmentRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw DomainException.NotFound("自评");
        var deadlineEnd = Core.Time.ChinaTime.StartOfDayUtc(round.Deadline.AddDays(1));
        var items = await db.Set<SelfAssessment>().AsNoTracking().Where(s => s.RoundId == id).OrderBy(s => s.RegionCode).ThenBy(s => s.TargetName)
            .Select(s => new SelfAssessmentRow(s.Id, s.TargetId, s.TargetName, s.RegionCode, s.Status, s.SubmittedAt, s.SubmittedAt > deadlineEnd))
            .ToListAsync(ct);
        return new RoundDto(round.Id, round.RegionCode, round.Name, round.TemplateId, round.TargetKind, round.Deadline, items.Count,
            items.Count(i => i.Status == SelfAssessment.Submitted), items);
    }

    /// <summary>The self-assessments the caller can see and has to fill in (a school or institution sees only its own).</summary>
    public async Task<IReadOnlyList<SelfAssessmentRow>> MineAsync(CancellationToken ct)
    {
        var mine = await db.Set<SelfAssessment>().AsNoTracking().OrderByDescending(s => s.Id).Take(100).ToListAsync(ct);
        var roundIds = mine.Select(s => s.RoundId).Distinct().ToList();
        // Rounds belong to the office above; read them apart so that skipping their filter cannot widen the query above.
        var rounds = await db.Set<SelfAssessmentRound>().IgnoreQueryFilters().AsNoTracking().Where(r => roundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        return mine.OrderByDescending(s => rounds[s.RoundId].Deadline)
            .Select(s => new SelfAssessmentRow(s.Id, s.TargetId, $"{rounds[s.RoundId].Name}：{s.TargetName}", s.RegionCode, s.Status, s.SubmittedAt, false)).ToList();
    }

    public async Task<SelfAssessmentDto> GetAsync(string id, CancellationToken ct)
    {
        var self = await db.Set<SelfAssessment>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainException.NotFound("自评");
        // The round belongs to the office above the target: the target reads it through its own self-assessment.
        var round = await db.Set<SelfAssessmentRound>().IgnoreQueryFilters().AsNoTracking().FirstAsync(r => r.Id == self.RoundId, ct);
        var problems = await db.Set<Problem>().AsNoTracking().Where(p => p.Source == ProblemSources.SelfAssessment && p.SourceId == id)
            .OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        return new SelfAssessmentDto(self.Id, round.Id, round.Name, round.Deadline, round.TemplateId, self.RegionCode, self.TargetKind, self.TargetId,
            self.TargetName, self.Status, self.ResultList, self.SubmittedAt, self.SubmittedBy, self.Version, problems);
    }

    /// <summary>
    /// The target saves its scores and evidence on its own items; submitting needs every one of them
    /// answered, closes the form and opens a problem for each item rated as not met.
    /// </summary>
    public async Task<SelfAssessmentDto> SaveAsync(string id, SelfAssessmentInput input, CancellationToken ct)
    {
        var self = await db.Set<SelfAssessment>().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainException.NotFound("自评");
        var caller = db.User;
        if (!caller.IsUnit(self.TargetKind, self.TargetId)) throw DomainException.Forbidden("只有参加自评的学校或机构本身可以填报");
        if (self.Status == SelfAssessment.Submitted) throw DomainException.Conflict("自评已提交，不能再修改");
        var round = await db.Set<SelfAssessmentRound>().IgnoreQueryFilters().AsNoTracking().FirstAsync(r => r.Id == self.RoundId, ct);
        var tree = (await templates.LoadAsync(round.TemplateId, ct)).For(self.TargetKind);
        var errors = new ValidationErrors();
        var results = VisitChecks.Results(input.Results, tree, (f, m) => errors.Add(f, m));
        if (input.Submit)
        {
            var missing = tree.Items.Select(i => i.Node.Code).Except(results.Select(r => r.Code)).ToList();
            if (missing.Count > 0) errors.Add("results", $"提交前请填写全部指标，尚缺：{string.Join("、", missing.Take(10))}{(missing.Count > 10 ? " 等" : "")}");
        }
        errors.ThrowIfAny();
        if (input.Version is { } version) db.ExpectVersion(self, version);
        self.Results = ItemResult.Serialize(results);
        if (input.Submit)
        {
            self.Status = SelfAssessment.Submitted;
            self.SubmittedAt = clock.GetUtcNow().UtcDateTime;
            self.SubmittedBy = db.User.UserName;
            await OpenProblemsAsync(self, tree, results, ct);
        }
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Each item rated as not (fully) met becomes a problem with source 自查, fixed and struck off like any other.</summary>
    private async Task OpenProblemsAsync(SelfAssessment self, TemplateTree tree, IEnumerable<ItemResult> results, CancellationToken ct)
    {
        foreach (var result in results.Where(r => tree.RuleFor(r.Code)?.Score(r.Value) < 1))
        {
            var category = tree.CategoryOf(result.Code);
            var text = $"{result.Code} {tree.Find(result.Code)!.Title}：" + (result.Note ?? "自查为不符合");
            await intake.OpenAsync(new NewProblem(self.TargetKind, self.TargetId, self.TargetName, self.RegionCode, ProblemSources.SelfAssessment, self.Id,
                category.Length > 32 ? category[..32] : category, ProblemSeverities.Medium, text.Length > VisitChecks.MaxText ? text[..VisitChecks.MaxText] : text,
                result.Code), ct);
        }
    }
}
