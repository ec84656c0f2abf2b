using System.Globalization;
using System.Text.Json;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.SchoolAffairs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.SchoolAffairs.Exams;

/// <summary>
/// A school's exam calendar per term (003 C49, 任务12), replaced as a whole and checked per grade against the
/// region's exam rules: no written exam up to grade 2, at most one written final a term, a written mid-term only in
/// 初中 and at most one, no other written tests. Like homework, a breach is published and flagged, not refused.
/// </summary>
public sealed class ExamService(AppDbContext db, ICurrentUser me, SchoolAccess schools, RuleService rules, TimeProvider clock)
{
    public const int MaxExams = 60;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ExamCalendarDto> GetAsync(string schoolId, string? term, CancellationToken ct)
    {
        var t = SchoolTerm.Parse(term, clock.Today());
        var school = await schools.ReadableAsync(schoolId, ct);
        var calendar = await db.Set<ExamCalendar>().AsNoTracking().FirstOrDefaultAsync(c => c.TargetId == school.Id && c.Term == t.Code, ct);
        return ToDto(calendar, school, t);
    }

    public async Task<ExamCalendarDto> PutAsync(string schoolId, string? term, ExamCalendarInput input, CancellationToken ct)
    {
        var t = SchoolTerm.Parse(term, clock.Today());
        var school = await schools.OwnAsync(schoolId, ct);
        var exams = Validate(school, input);
        var limits = new ExamLimits(await Rule(SchoolAffairsRules.ExamNoWrittenUpToGrade), await Rule(SchoolAffairsRules.ExamFinalsPerTerm),
            await Rule(SchoolAffairsRules.ExamMidtermsJunior));
        var calendar = await db.Set<ExamCalendar>().FirstOrDefaultAsync(c => c.TargetId == school.Id && c.Term == t.Code, ct);
        if (calendar is null)
        {
            calendar = new ExamCalendar { RegionCode = school.RegionCode, TargetId = school.Id, Term = t.Code };
            db.Add(calendar);
        }
        else if (input.Version is { } version)
        {
            db.ExpectVersion(calendar, version);
        }
        calendar.Exams = JsonSerializer.Serialize(exams, Json);
        calendar.Violations = Breach.Write(Breaches(exams, limits));
        calendar.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        calendar.UpdatedBy = me.UserName;
        await db.SaveChangesAsync(ct);
        return ToDto(calendar, school, t);

        Task<int> Rule(string key) => rules.GetAsync(key, school.RegionCode, ct);
    }

    internal sealed record ExamLimits(int NoWrittenUpToGrade, int Finals, int MidtermsJunior);

    /// <summary>Each grade's written exams against the limits; grades above 9 are outside compulsory education and not checked.</summary>
    internal static List<Breach> Breaches(IReadOnlyList<ExamLine> exams, ExamLimits limits)
    {
        var breaches = new List<Breach>();
        for (var grade = 1; grade <= 9; grade++)
        {
            var g = grade;
            var written = exams.Where(e => e.Written && e.GradeFrom <= g && g <= e.GradeTo).ToList();
            if (written.Count == 0) continue;
            var name = SchoolAccess.GradeName(grade);
            if (grade <= limits.NoWrittenUpToGrade)
            {
                breaches.Add(new("exam-no-written", $"{name}安排了纸笔考试（{Names(written)}）：小学一二年级不进行纸笔考试"));
                continue;
            }
            var finals = written.Where(e => e.Kind == ExamKinds.Final).ToList();
            if (finals.Count > limits.Finals)
                breaches.Add(new("exam-finals", Text($"{name}本学期期末纸笔考试{finals.Count}次（{Names(finals)}），超过{limits.Finals}次")));
            var midterms = written.Where(e => e.Kind == ExamKinds.Midterm).ToList();
            var midtermLimit = grade >= 7 ? limits.MidtermsJunior : 0;
            if (midterms.Count > midtermLimit)
            {
                breaches.Add(new("exam-midterms", grade >= 7
                    ? Text($"{name}本学期期中纸笔考试{midterms.Count}次（{Names(midterms)}），超过{midtermLimit}次")
                    : $"{name}安排了期中纸笔考试（{Names(midterms)}）：小学不安排期中考试"));
            }
            var other = written.Where(e => e.Kind == ExamKinds.Other).ToList();
            if (other.Count > 0) breaches.Add(new("exam-other", $"{name}安排了其他纸笔测验（{Names(other)}）：不得组织周考、月考、单元考试"));
        }
        return breaches;

        static string Names(List<ExamLine> list) => string.Join("、", list.Select(e => $"{e.Name} {e.Date:MM-dd}"));
        static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    }

    private static List<ExamLine> Validate(School school, ExamCalendarInput input)
    {
        var errors = new ValidationErrors();
        var rows = input.Exams ?? [];
        if (rows.Count > MaxExams) errors.Add("exams", Check.TooLong("考试", MaxExams, "项"));
        var (from, to) = SchoolAccess.Grades(school.Type);
        var exams = new List<ExamLine>();
        for (var i = 0; i < rows.Count && i < MaxExams; i++)
        {
            var (r, n) = (rows[i], $"第{i + 1}项");
            var row = new ValidationErrors();
            if (string.IsNullOrWhiteSpace(r.Name)) row.Add($"exams[{i}].name", $"{n}：请填写考试名称");
            else row.AddIf($"exams[{i}].name", Check.Length(r.Name, 40, $"{n}考试名称"));
            if (r.GradeFrom is not { } gf || gf < from || gf > to) row.Add($"exams[{i}].gradeFrom", $"{n}：起始年级应为本校的{SchoolAccess.GradeName(from)}至{SchoolAccess.GradeName(to)}");
            if (r.GradeTo is not { } gt || gt < from || gt > to) row.Add($"exams[{i}].gradeTo", $"{n}：结束年级应为本校的{SchoolAccess.GradeName(from)}至{SchoolAccess.GradeName(to)}");
            else if (r.GradeFrom is { } f && gt < f) row.Add($"exams[{i}].gradeTo", $"{n}：结束年级不能低于起始年级");
            row.AddIf($"exams[{i}].kind", Check.OneOfCodes(r.Kind, ExamKinds.All, $"{n}考试类型"));
            if (r.Date is null) row.Add($"exams[{i}].date", $"{n}：请填写考试日期");
            row.AddIf($"exams[{i}].date", DateBounds.Check(r.Date));
            if (row.Any)
            {
                foreach (var (field, messages) in row.ToDictionary()) foreach (var m in messages) errors.Add(field, m);
                continue;
            }
            exams.Add(new(r.Name!.Trim(), r.GradeFrom!.Value, r.GradeTo!.Value, r.Kind!, r.Written ?? true, r.Date!.Value));
        }
        errors.ThrowIfAny();
        return exams.OrderBy(e => e.Date).ThenBy(e => e.GradeFrom).ToList();
    }

    internal static ExamCalendarDto ToDto(ExamCalendar? c, School school, SchoolTerm term) => new(school.Id, school.Name, term.Code, term.Label,
        c is null ? [] : JsonSerializer.Deserialize<List<ExamLine>>(c.Exams, Json) ?? [], c is null ? [] : Breach.Read(c.Violations),
        c?.ProblemId, c?.UpdatedAt, c?.Version);
}
