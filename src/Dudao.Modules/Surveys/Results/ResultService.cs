using System.Globalization;
using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Indicators.Limits;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Rectification.Intake;
using Dudao.Modules.Surveys.Domain;
using Dudao.Modules.Surveys.Questionnaires;
using Dudao.Modules.Surveys.Rounds;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Surveys.Results;

/// <summary>
/// A round's results up the tree (province → city → county → school), inside the caller's scope. The sums
/// are grouped in the database per school and grade; the tree adds them up. A school is flagged when the
/// average daily homework minutes its pupils and parents report for a grade exceed that grade's C10 limit
/// in its county's checklist (0 for grades 1–2: any written homework).
/// </summary>
public sealed class ResultService(AppDbContext db, RoundService rounds, QuestionnaireService questionnaires, RegionDirectory regions,
    HomeworkLimits limits, ProblemIntake problems, TimeProvider clock)
{
    public async Task<ResultsDto> ResultsAsync(string roundId, ResultQuery query, CancellationToken ct)
    {
        var round = await rounds.LoadAsync(roundId, ct);
        var region = RegionFilter.Parse(query.RegionCode) ?? DefaultRegion(round);
        // A region outside the round or the caller's scope is not there for this caller.
        if (!RegionCodes.Prefix(region).StartsWith(RegionCodes.Prefix(round.OwnerRegion), StringComparison.Ordinal) || !db.User.Scope.Covers(region)
            || await regions.FindAsync(region, ct) is not { } found)
        {
            throw DomainException.NotFound("监测结果");
        }
        var questions = await questionnaires.QuestionsAsync(round.QuestionnaireId, ct);
        var schoolId = string.IsNullOrWhiteSpace(query.SchoolId) ? null : query.SchoolId.Trim();
        var schools = await db.Set<School>().AsNoTracking().InRegion(region).Where(s => schoolId == null || s.Id == schoolId)
            .OrderBy(s => s.RegionCode).ThenBy(s => s.Name).Select(s => new SchoolRef(s.Id, s.Name, s.RegionCode)).ToListAsync(ct);
        if (schoolId is not null && schools.Count == 0) throw DomainException.NotFound("学校");
        var tallies = await TallyAsync(round, region, schoolId, questions, ct);

        var total = new Tally();
        foreach (var t in tallies.Values) total.Add(t);
        var satisfaction = questions.Where(q => q.Measure == Measures.Satisfaction).Select(q =>
        {
            var (answered, satisfied) = total.Satisfaction.GetValueOrDefault(q.Code);
            return new SatisfactionResult(q.Code, q.Text, answered, satisfied, Tally.Rate(satisfied, answered));
        }).ToList();
        var grades = total.Grades.OrderBy(g => g.Key).Select(g => new GradeResult(g.Key, g.Value.HomeworkAnswers,
            Tally.Average(g.Value.HomeworkSum, g.Value.HomeworkAnswers), g.Value.Limit is { } l && !double.IsNaN(l) ? l : null,
            g.Value.SchoolsOverLimit.Count > 0, g.Value.SchoolsOverLimit.Count, Tally.Average(g.Value.SleepSum, g.Value.SleepAnswers))).ToList();
        var names = schools.ToDictionary(s => s.Id, s => s.Name);

        if (schoolId is not null)
        {
            var school = schools[0];
            var problemId = await db.Set<SurveyProblem>().AsNoTracking().Where(p => p.RoundId == round.Id && p.SchoolId == school.Id)
                .Select(p => p.ProblemId).FirstOrDefaultAsync(ct);
            return new ResultsDto(round.Id, round.Title, school.RegionCode, school.Name, "school", school.Id, total.Figures(), grades, satisfaction,
                Breaches(grades), [], problemId);
        }
        var children = found.Level == RegionCodes.County
            ? schools.Select(s => new ResultChild(s.RegionCode, s.Id, s.Name, (tallies.GetValueOrDefault(s.Id) ?? new Tally()).Figures(),
                tallies.GetValueOrDefault(s.Id)?.FlaggedSchools.Count > 0)).ToList()
            : await ChildRegionsAsync(found.Code, tallies, schools, ct);
        var flags = total.FlaggedSchools.Select(id => $"{names.GetValueOrDefault(id)}：{string.Join("；", Breaches(SchoolGrades(tallies[id])))}")
            .Order(StringComparer.Ordinal).ToList();
        return new ResultsDto(round.Id, round.Title, found.Code, found.Name, found.Level, null, total.Figures(), grades, satisfaction, flags, children, null);
    }

    /// <summary>Opens a problem for a flagged school, once per round: the rectification intake names the school and its deadline.</summary>
    public async Task<SurveyProblemOpened> OpenProblemAsync(string roundId, string schoolId, CancellationToken ct)
    {
        var results = await ResultsAsync(roundId, new ResultQuery(null, schoolId), ct);
        if (results.ProblemId is not null) throw DomainException.Conflict("已从本轮监测结果为该校转过整改问题");
        if (results.Flags.Count == 0) throw DomainException.Conflict("该校的监测结果没有超出作业时长限额，无需转为问题");
        var description = $"“{results.Title}”问卷监测显示：{string.Join("；", results.Flags)}（学生和家长报告的上学日平均每天书面作业时长，共{results.Figures.Responses}份答卷）。";
        var problem = await problems.OpenAsync(new NewProblem(TargetKinds.School, schoolId, null, results.RegionCode, ProblemSources.Survey, roundId,
            "作业管理", ProblemSeverities.Medium, description, HomeworkLimits.IndicatorCode), ct);
        db.Add(new SurveyProblem { RoundId = roundId, SchoolId = schoolId, RegionCode = results.RegionCode, ProblemId = problem.Id, OpenedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        return new SurveyProblemOpened(problem.Id);
    }

    /// <summary>The round's own region when the caller's scope covers it, otherwise the caller's (a county in a city's round).</summary>
    private string DefaultRegion(SurveyRound round) => db.User.Scope.Covers(round.OwnerRegion) ? round.OwnerRegion : db.User.RegionCode;

    private async Task<Dictionary<string, Tally>> TallyAsync(SurveyRound round, string region, string? schoolId, List<SurveyQuestion> questions, CancellationToken ct)
    {
        var responses = db.Set<SurveyResponse>().AsNoTracking().Where(r => r.RoundId == round.Id).InRegion(region)
            .Where(r => schoolId == null || r.SchoolId == schoolId);
        var cells = await responses.GroupBy(r => new { r.SchoolId, r.RegionCode, r.Grade }).Select(g => new
        {
            g.Key.SchoolId, g.Key.RegionCode, g.Key.Grade, Count = g.Count(),
            HomeworkAnswers = g.Count(r => r.HomeworkMinutes != null), HomeworkSum = g.Sum(r => r.HomeworkMinutes) ?? 0,
            SleepAnswers = g.Count(r => r.SleepHours != null), SleepSum = g.Sum(r => r.SleepHours) ?? 0,
            AfterSchoolYes = g.Count(r => r.AfterSchool == true), AfterSchoolAnswered = g.Count(r => r.AfterSchool != null),
            PaidYes = g.Count(r => r.PaidTutoring == true), PaidAnswered = g.Count(r => r.PaidTutoring != null),
        }).ToListAsync(ct);
        var codes = questions.Where(q => q.Measure == Measures.Satisfaction).Select(q => q.Code).ToList();
        var satisfaction = await db.Set<SurveyAnswer>().AsNoTracking().Where(a => a.RoundId == round.Id && codes.Contains(a.QuestionCode)).InRegion(region)
            .Where(a => schoolId == null || a.SchoolId == schoolId)
            .GroupBy(a => new { a.SchoolId, a.QuestionCode })
            .Select(g => new { g.Key.SchoolId, g.Key.QuestionCode, Answered = g.Count(a => a.Number != null), Satisfied = g.Count(a => a.Number >= QuestionKinds.SatisfiedFrom) })
            .ToListAsync(ct);

        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var countyLimits = new Dictionary<string, IReadOnlyList<GradeLimit>>(StringComparer.Ordinal);
        foreach (var c in cells)
        {
            var t = tallies.TryGetValue(c.SchoolId, out var known) ? known : tallies[c.SchoolId] = new Tally();
            t.Responses += c.Count;
            t.AfterSchoolYes += c.AfterSchoolYes;
            t.AfterSchoolAnswered += c.AfterSchoolAnswered;
            t.PaidYes += c.PaidYes;
            t.PaidAnswered += c.PaidAnswered;
            // A sheet without a grade still counts for the school's figures, under grade 0.
            var sums = t.Grade(c.Grade ?? 0);
            sums.HomeworkAnswers += c.HomeworkAnswers;
            sums.HomeworkSum += c.HomeworkSum;
            sums.SleepAnswers += c.SleepAnswers;
            sums.SleepSum += c.SleepSum;
            if (c.Grade is not { } grade) continue;
            var county = c.RegionCode[..6];
            if (!countyLimits.TryGetValue(county, out var limitsOfCounty)) countyLimits[county] = limitsOfCounty = await limits.ForCountyAsync(county, ct);
            sums.Limit = HomeworkLimits.For(limitsOfCounty, grade);
            if (sums.Limit is { } limit && sums.HomeworkAnswers > 0 && sums.HomeworkSum / sums.HomeworkAnswers > limit)
            {
                sums.SchoolsOverLimit.Add(c.SchoolId);
                t.FlaggedSchools.Add(c.SchoolId);
            }
        }
        foreach (var s in satisfaction)
        {
            var t = tallies.TryGetValue(s.SchoolId, out var known) ? known : tallies[s.SchoolId] = new Tally();
            t.Satisfaction[s.QuestionCode] = (s.Answered, s.Satisfied);
        }
        return tallies;
    }

    private async Task<List<ResultChild>> ChildRegionsAsync(string region, Dictionary<string, Tally> tallies, List<SchoolRef> schools, CancellationToken ct)
    {
        var byChild = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var school in schools)
        {
            var child = await regions.ChildHoldingAsync(region, school.RegionCode, ct) ?? school.RegionCode;
            if (!byChild.TryGetValue(child, out var sum)) byChild[child] = sum = new Tally();
            if (tallies.GetValueOrDefault(school.Id) is { } t) sum.Add(t);
        }
        var result = new List<ResultChild>();
        foreach (var (code, sum) in byChild.OrderBy(c => c.Key, StringComparer.Ordinal))
            result.Add(new ResultChild(code, null, await regions.NameAsync(code, ct) ?? code, sum.Figures(), sum.FlaggedSchools.Count > 0));
        return result;
    }

    private static List<GradeResult> SchoolGrades(Tally school) => school.Grades.Where(g => g.Key > 0).OrderBy(g => g.Key)
        .Select(g => new GradeResult(g.Key, g.Value.HomeworkAnswers, Tally.Average(g.Value.HomeworkSum, g.Value.HomeworkAnswers), g.Value.Limit,
            g.Value.SchoolsOverLimit.Count > 0, g.Value.SchoolsOverLimit.Count, null)).ToList();

    /// <summary>"七年级平均每天书面作业 95 分钟，超过限额 90 分钟" for each grade over its limit.</summary>
    private static List<string> Breaches(IEnumerable<GradeResult> grades) => grades.Where(g => g.OverLimit && g.Limit is not null).Select(g =>
        $"{GradeNames.Of(g.Grade)}平均每天书面作业 {g.AverageMinutes?.ToString(CultureInfo.InvariantCulture)} 分钟，" +
        (g.Limit == 0 ? "该年级不应布置书面家庭作业" : $"超过限额 {g.Limit?.ToString(CultureInfo.InvariantCulture)} 分钟")).ToList();

    private sealed record SchoolRef(string Id, string Name, string RegionCode);
}

public static class GradeNames
{
    private static readonly string[] Names = ["未填年级", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级", "高一", "高二", "高三"];

    public static string Of(int grade) => grade >= 0 && grade < Names.Length ? Names[grade] : grade.ToString(CultureInfo.InvariantCulture);
}
