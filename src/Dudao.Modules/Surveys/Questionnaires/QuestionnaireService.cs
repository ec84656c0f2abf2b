using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Data;
using Dudao.Modules.Surveys.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Surveys.Questionnaires;

/// <summary>
/// Questionnaires are shared downwards like indicator templates: a caller sees the built-in one, those of
/// the regions above it and those in its scope, and edits only its own copies that no round uses yet
/// (answers already given must keep the meaning they were given in).
/// </summary>
public sealed class QuestionnaireService(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<QuestionnaireDto>> ListAsync(CancellationToken ct)
    {
        var list = await Visible().AsNoTracking().OrderBy(q => q.OwnerRegion).ThenBy(q => q.CreatedAt).ToListAsync(ct);
        return list.Select(q => QuestionnaireDto.From(q, [])).ToList();
    }

    public async Task<QuestionnaireDto> GetAsync(string id, CancellationToken ct)
    {
        var (questionnaire, questions) = await LoadAsync(id, ct);
        return QuestionnaireDto.From(questionnaire, questions);
    }

    public async Task<(Questionnaire, IReadOnlyList<SurveyQuestion>)> LoadAsync(string id, CancellationToken ct)
    {
        var questionnaire = await Visible().AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, ct) ?? throw DomainException.NotFound("问卷");
        return (questionnaire, await QuestionsAsync(id, ct));
    }

    /// <summary>A questionnaire named by id or by key (the copy nearest the caller's region).</summary>
    public async Task<Questionnaire?> FindAsync(string idOrKey, CancellationToken ct)
    {
        var visible = await Visible().AsNoTracking().Where(q => q.Id == idOrKey || q.Key == idOrKey).ToListAsync(ct);
        return visible.FirstOrDefault(q => q.Id == idOrKey) ?? visible.OrderByDescending(q => q.OwnerRegion.Length).FirstOrDefault();
    }

    public Task<List<SurveyQuestion>> QuestionsAsync(string questionnaireId, CancellationToken ct) =>
        db.Set<SurveyQuestion>().AsNoTracking().Where(q => q.QuestionnaireId == questionnaireId).OrderBy(q => q.Position).ToListAsync(ct);

    public async Task<QuestionnaireDto> CopyAsync(string id, CopyQuestionnaireInput input, CancellationToken ct)
    {
        var (source, questions) = await LoadAsync(id, ct);
        var region = string.IsNullOrWhiteSpace(input.RegionCode) ? db.User.RegionCode : input.RegionCode.Trim();
        var errors = new ValidationErrors();
        if (!RegionCodes.IsWellFormed(region) || !db.User.Scope.Covers(region)) errors.Add("regionCode", Check.RegionOutOfScope(region));
        var name = string.IsNullOrWhiteSpace(input.Name) ? source.Name : input.Name.Trim();
        errors.AddIf("name", Check.Length(name, 100, "名称"));
        errors.ThrowIfAny();
        var copy = new Questionnaire
        {
            Key = source.Key, Name = name, OwnerRegion = region, BasedOnId = source.Id, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(copy);
        var copied = questions.Select(q => new SurveyQuestion
        {
            QuestionnaireId = copy.Id, Code = q.Code, Position = q.Position, Text = q.Text, Kind = q.Kind, Options = q.Options,
            Audiences = q.Audiences, Required = q.Required, Min = q.Min, Max = q.Max, Unit = q.Unit, Measure = q.Measure,
        }).ToList();
        db.AddRange(copied);
        await db.SaveChangesAsync(ct);
        return QuestionnaireDto.From(copy, copied);
    }

    /// <summary>Replaces a copy's questions, checked as a whole (all or nothing).</summary>
    public async Task<QuestionnaireDto> ReplaceQuestionsAsync(string id, QuestionsInput input, CancellationToken ct)
    {
        var questionnaire = await Visible().FirstOrDefaultAsync(q => q.Id == id, ct) ?? throw DomainException.NotFound("问卷");
        if (questionnaire.BuiltIn || questionnaire.OwnerRegion.Length == 0 || !db.User.Scope.Covers(questionnaire.OwnerRegion))
            throw DomainException.Forbidden("内置或上级的问卷不能修改，请先复制为本区域的版本");
        if (await db.Set<SurveyRound>().AnyAsync(r => r.QuestionnaireId == id, ct))
            throw DomainException.Conflict("已有监测轮次使用该问卷，不能再修改题目；请复制一份再改");
        var questions = QuestionRules.Parse(id, input.Questions ?? []);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Set<SurveyQuestion>().Where(q => q.QuestionnaireId == id).ExecuteDeleteAsync(ct);
        db.AddRange(questions);
        // Touching the questionnaire versions and audits the change of its questions.
        questionnaire.Version++;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return QuestionnaireDto.From(questionnaire, questions);
    }

    private IQueryable<Questionnaire> Visible()
    {
        var ancestors = RegionCodes.Ancestry(db.User.RegionCode);
        var prefix = db.User.Scope.RegionPrefix;
        return db.Set<Questionnaire>().Where(q => q.OwnerRegion == "" || ancestors.Contains(q.OwnerRegion) || q.OwnerRegion.StartsWith(prefix));
    }
}
