using System.Globalization;
using Dudao.Core.Errors;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Surveys.Domain;
using Dudao.Modules.Surveys.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Surveys.Answering;

/// <summary>
/// The public side: a link's form and its anonymous answers. Nobody is signed in, so it reads past the data
/// scope on purpose, and only what the form needs: the round, the school's name, the questions.
/// </summary>
public sealed class AnswerService(AppDbContext db, QuestionnaireService questionnaires, TimeProvider clock)
{
    public const string AlreadyAnswered = "您已经提交过本轮问卷，每个浏览器只能提交一次。感谢参与！";

    /// <returns>null when no link has this token.</returns>
    public async Task<SurveyFormDto?> FormAsync(string token, string? cookie, CancellationToken ct)
    {
        if (await FindAsync(token, ct) is not var (link, round, school)) return null;
        var questions = (await questionnaires.QuestionsAsync(round.QuestionnaireId, ct)).Where(q => q.AskedOf(link.Audience)).Select(QuestionDto.From).ToList();
        var answered = cookie is not null && await AnsweredAsync(round.Id, cookie, ct);
        return new SurveyFormDto(round.Id, round.Title, school, link.Audience, Audiences.Label(link.Audience), round.From, round.To, questions,
            round.Refusal(clock.Today()) ?? (answered ? AlreadyAnswered : null), answered);
    }

    public async Task<SurveyReceived> SubmitAsync(string token, AnswersInput input, string cookie, CancellationToken ct)
    {
        if (await FindAsync(token, ct) is not var (link, round, _)) throw DomainException.NotFound("问卷链接");
        if (!string.IsNullOrWhiteSpace(input.RoundId) && input.RoundId.Trim() != round.Id)
            throw DomainException.Conflict("这份问卷已换新的链接：请重新扫描学校发放的最新二维码后填写");
        if (round.Refusal(clock.Today()) is { } refusal) throw DomainException.Conflict(refusal);
        if (await AnsweredAsync(round.Id, cookie, ct)) throw DomainException.Conflict(AlreadyAnswered);

        var questions = (await questionnaires.QuestionsAsync(round.QuestionnaireId, ct)).Where(q => q.AskedOf(link.Audience)).ToList();
        var answers = AnswerRules.Parse(questions, input.Answers ?? []);
        double? Number(string measure) => questions.FirstOrDefault(q => q.Measure == measure) is { } q ? answers.GetValueOrDefault(q.Code).Number : null;
        bool? Yes(string measure) => questions.FirstOrDefault(q => q.Measure == measure) is { } q && answers.GetValueOrDefault(q.Code).Value is { } v
            ? v == Measures.Yes : null;
        var grade = questions.FirstOrDefault(q => q.Measure == Measures.Grade) is { } g && answers.GetValueOrDefault(g.Code).Value is { } gv
            ? int.Parse(gv, CultureInfo.InvariantCulture) : (int?)null;
        var response = new SurveyResponse
        {
            RoundId = round.Id, SchoolId = link.SchoolId, RegionCode = link.RegionCode, Audience = link.Audience,
            BrowserKey = BrowserCookie.KeyFor(round.Id, cookie), SubmittedOn = clock.Today(), Grade = grade,
            HomeworkMinutes = Number(Measures.HomeworkMinutes), SleepHours = Number(Measures.SleepHours),
            AfterSchool = Yes(Measures.AfterSchool), PaidTutoring = Yes(Measures.PaidTutoring),
        };
        db.Add(response);
        db.AddRange(answers.Select(a => new SurveyAnswer
        {
            ResponseId = response.Id, QuestionCode = a.Key, RoundId = round.Id, SchoolId = link.SchoolId, RegionCode = link.RegionCode,
            Value = a.Value.Value, Number = a.Value.Number,
        }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same browser sent twice at once: the unique key kept the first.
            if (await AnsweredAsync(round.Id, cookie, ct)) throw DomainException.Conflict(AlreadyAnswered);
            throw;
        }
        return new SurveyReceived("提交成功，感谢您参与本次监测！问卷不记录您的姓名、IP 地址和设备信息。");
    }

    /// <summary>A link's round and school name, read past the scope (the caller is anonymous).</summary>
    public async Task<(SurveyLink Link, SurveyRound Round, string School)?> FindAsync(string token, CancellationToken ct)
    {
        if (token is not { Length: 22 } || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) return null;
        var link = await db.Set<SurveyLink>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(l => l.Token == token, ct);
        if (link is null) return null;
        var round = await db.Set<SurveyRound>().IgnoreQueryFilters().AsNoTracking().FirstAsync(r => r.Id == link.RoundId, ct);
        var school = await db.Set<School>().IgnoreQueryFilters().AsNoTracking().Where(s => s.Id == link.SchoolId).Select(s => s.Name).FirstOrDefaultAsync(ct);
        return (link, round, school ?? "");
    }

    private Task<bool> AnsweredAsync(string roundId, string cookie, CancellationToken ct)
    {
        var key = BrowserCookie.KeyFor(roundId, cookie);
        return db.Set<SurveyResponse>().IgnoreQueryFilters().AnyAsync(r => r.RoundId == roundId && r.BrowserKey == key, ct);
    }
}
