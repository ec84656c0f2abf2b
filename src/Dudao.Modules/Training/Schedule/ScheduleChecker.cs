using System.Globalization;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Registry;
using Dudao.Modules.Platform.Calendar;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Rectification.Intake;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Training.Schedule;

/// <summary>
/// Checks a timetable against the rules of 003 C30 and C40: online lessons at most 30 minutes, at least
/// 10 minutes apart, ending by 21:00 (the region's rule values); no subject-type training, online or
/// offline, on rest days, public holidays (<see cref="WorkCalendar"/>) or school vacations (<see cref="SchoolVacations"/>).
/// Subject-type is the institution's category, or a lesson whose subject is one of <see cref="SubjectNames"/>.
/// </summary>
public sealed class ScheduleChecker(AppDbContext db, ICurrentUser me, SupervisionTargets targets, WorkCalendar calendar, SchoolVacations vacations,
    RuleService rules, ProblemIntake problems)
{
    public const int MaxLessons = 500;

    /// <summary>The subjects of the national curriculum whose off-campus teaching is subject-type training.</summary>
    public static readonly string[] SubjectNames = ["道德与法治", "语文", "历史", "地理", "数学", "外语", "英语", "物理", "化学", "生物"];

    public async Task<ScheduleResult> CheckAsync(string institutionId, ScheduleInput input, CancellationToken ct)
    {
        var institution = await InstitutionAsync(institutionId, ct);
        var lessons = Validate(input);
        var (maxMinutes, minBreak, endHour) = (await Rule(TrainingRules.OnlineLessonMinutes), await Rule(TrainingRules.OnlineBreakMinutes), await Rule(TrainingRules.OnlineEndHour));
        var latest = endHour >= 24 ? TimeOnly.MaxValue : new TimeOnly(endHour, 0);
        var holidays = await HolidayNamesAsync(lessons.Select(l => l.Date!.Value).Distinct().ToList(), ct);
        var violations = new List<Violation>();
        for (var i = 0; i < lessons.Count; i++)
        {
            var (lesson, n) = (lessons[i], $"第{i + 1}节");
            var date = lesson.Date!.Value;
            var minutes = (int)(lesson.End!.Value - lesson.Start!.Value).TotalMinutes;
            if (lesson.Online && minutes > maxMinutes)
                violations.Add(new(i, "online-duration", $"{n}线上课程{minutes}分钟，超过每课时{maxMinutes}分钟的上限"));
            if (lesson.Online && lesson.End.Value > latest)
                violations.Add(new(i, "online-late", $"{n}线上课程结束于{Clock(lesson.End.Value)}，晚于{endHour}:00"));
            if (lesson.Online && PreviousOnline(lessons, i) is { } previous)
            {
                var gap = (int)(lesson.Start.Value - previous.End!.Value).TotalMinutes;
                if (gap < minBreak) violations.Add(new(i, "online-break", $"{n}与上一节线上课程间隔{Math.Max(gap, 0)}分钟，少于{minBreak}分钟"));
            }
            if (!IsSubjectType(institution, lesson)) continue;
            if (!await calendar.IsWorkingDayAsync(date, ct))
            {
                violations.Add(new(i, "rest-day", holidays.TryGetValue(date, out var holiday)
                    ? $"{n}（{Day(date)}）是法定节假日“{holiday}”，不得开展学科类培训"
                    : $"{n}（{Day(date)}）是休息日，不得开展学科类培训"));
            }
            else if (await vacations.IsSchoolVacationAsync(institution.RegionCode, date, ct))
            {
                violations.Add(new(i, "vacation", $"{n}（{Day(date)}）在寒暑假期间，不得开展学科类培训"));
            }
        }
        return new ScheduleResult(violations);

        Task<int> Rule(string key) => rules.GetAsync(key, institution.RegionCode, ct);
    }

    /// <summary>Opens a problem for each rule the timetable breaks (staff who supervise institutions only); the lessons are named in it.</summary>
    public async Task<ScheduleProblems> OpenProblemsAsync(string institutionId, ScheduleInput input, CancellationToken ct)
    {
        await Supervisors.EnsureAsync(db, me, ct);
        var institution = await InstitutionAsync(institutionId, ct);
        var result = await CheckAsync(institutionId, input, ct);
        if (result.Violations.Count == 0) throw ValidationFailedException.For("lessons", "课表没有违规，无需转为问题");
        var ids = new List<string>();
        foreach (var group in result.Violations.GroupBy(v => v.Rule))
        {
            var description = $"培训课表违规：{string.Join("；", group.Select(v => v.Message))}";
            if (description.Length > 2000) description = description[..1999] + "…";
            var problem = await problems.OpenAsync(new NewProblem(TargetKinds.Institution, institution.Id, null, institution.RegionCode,
                ProblemSources.Supervision, null, "培训时间安排", ProblemSeverities.Medium, description), ct);
            ids.Add(problem.Id);
        }
        await db.SaveChangesAsync(ct);
        return new ScheduleProblems(ids);
    }

    private static bool IsSubjectType(Institution institution, LessonInput lesson) =>
        institution.Category == Institution.Subject || (lesson.Subject is { } s && SubjectNames.Contains(s.Trim()));

    /// <summary>The online lesson of the same day that ends last before this one starts (or overlaps it).</summary>
    private static LessonInput? PreviousOnline(List<LessonInput> lessons, int index)
    {
        var lesson = lessons[index];
        return lessons.Where((l, i) => i != index && l.Online && l.Date == lesson.Date
                                       && (l.Start < lesson.Start || (l.Start == lesson.Start && i < index)))
            .MaxBy(l => l.End);
    }

    private static List<LessonInput> Validate(ScheduleInput input)
    {
        var errors = new ValidationErrors();
        var lessons = input.Lessons ?? [];
        if (lessons.Count == 0) errors.Add("lessons", "请至少填写一节课");
        if (lessons.Count > MaxLessons) errors.Add("lessons", $"一次最多检查{MaxLessons}节课");
        for (var i = 0; i < lessons.Count && i < MaxLessons; i++)
        {
            var (l, n) = (lessons[i], $"第{i + 1}节");
            if (l.Date is null) errors.Add($"lessons[{i}].date", $"{n}：请填写日期");
            errors.AddIf($"lessons[{i}].date", Core.Time.DateBounds.Check(l.Date));
            if (l.Start is null) errors.Add($"lessons[{i}].start", $"{n}：请填写开始时间");
            if (l.End is null) errors.Add($"lessons[{i}].end", $"{n}：请填写结束时间");
            else if (l.Start is not null && l.End <= l.Start) errors.Add($"lessons[{i}].end", $"{n}：结束时间应晚于开始时间");
            errors.AddIf($"lessons[{i}].subject", Check.Length(l.Subject, 30, $"{n}科目"));
        }
        errors.ThrowIfAny();
        return [.. lessons];
    }

    private async Task<Institution> InstitutionAsync(string id, CancellationToken ct)
    {
        if (await targets.FindAsync(TargetKinds.Institution, id, ct) is null) throw DomainException.NotFound("机构");
        return await db.Set<Institution>().AsNoTracking().FirstAsync(i => i.Id == id, ct);
    }

    private async Task<Dictionary<DateOnly, string>> HolidayNamesAsync(List<DateOnly> dates, CancellationToken ct) =>
        await db.Set<Holiday>().AsNoTracking().Where(h => dates.Contains(h.Date) && !h.IsWorkday).ToDictionaryAsync(h => h.Date, h => h.Name, ct);

    private static string Clock(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
