using System.Globalization;
using System.Text.Json;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Indicators.Limits;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.SchoolAffairs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.SchoolAffairs.Homework;

/// <summary>
/// Homework publication (作业公示, 003 C8): a school publishes one entry per grade (or class) and week; the busiest
/// day's written minutes are checked against the grade's C10 limit (grades 1–2: none at all). A breach is published
/// all the same — the public page shows what pupils get — and flagged for the office.
/// </summary>
public sealed class HomeworkService(AppDbContext db, ICurrentUser me, SchoolAccess schools, HomeworkLimits limits, TimeProvider clock)
{
    public const int MaxLines = 30;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Publishes (or replaces) the week's entry for the grade or class; the version guards a second editor.</summary>
    public async Task<HomeworkWeekDto> PublishAsync(string schoolId, HomeworkInput input, CancellationToken ct)
    {
        var school = await schools.OwnAsync(schoolId, ct);
        var (week, grade, className, lines) = Validate(school, input);
        var limit = HomeworkLimits.For(await limits.ForCountyAsync(school.RegionCode, ct), grade);
        var (busiest, breaches) = Breaches(grade, lines, limit);
        var entry = await db.Set<HomeworkWeek>().FirstOrDefaultAsync(h => h.TargetId == school.Id && h.WeekOf == week && h.Grade == grade && h.ClassName == className, ct);
        if (entry is null)
        {
            entry = new HomeworkWeek { RegionCode = school.RegionCode, TargetId = school.Id, WeekOf = week, Grade = grade, ClassName = className };
            db.Add(entry);
        }
        else if (input.Version is { } version)
        {
            db.ExpectVersion(entry, version);
        }
        entry.Lines = JsonSerializer.Serialize(lines, Json);
        entry.MaxDailyMinutes = busiest;
        entry.LimitMinutes = limit is { } l ? (int)l : null;
        // A corrected entry drops its old flag; a problem already opened stays in the ledger.
        entry.Violations = Breach.Write(breaches);
        entry.PublishedAt = clock.GetUtcNow().UtcDateTime;
        entry.PublishedBy = me.UserName;
        await db.SaveChangesAsync(ct);
        return ToDto(entry, school.Name);
    }

    /// <summary>A school's entries, newest week first; one week's when <paramref name="week"/> is given (any day of it).</summary>
    public async Task<IReadOnlyList<HomeworkWeekDto>> ListAsync(string schoolId, DateOnly? week, CancellationToken ct)
    {
        ValidationFailedException.ThrowIf("week", DateBounds.Check(week));
        var school = await schools.ReadableAsync(schoolId, ct);
        var query = db.Set<HomeworkWeek>().AsNoTracking().Where(h => h.TargetId == school.Id);
        if (week is { } w) query = query.Where(h => h.WeekOf == MondayOf(w));
        var entries = await query.OrderByDescending(h => h.WeekOf).ThenBy(h => h.Grade).ThenBy(h => h.ClassName).Take(200).ToListAsync(ct);
        return entries.Select(e => ToDto(e, school.Name)).ToList();
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The busiest day's total and what breaks the limit: any written homework where the limit is 0, else more than it.</summary>
    internal static (int Busiest, List<Breach> Breaches) Breaches(int grade, IReadOnlyList<HomeworkLine> lines, double? limit)
    {
        var totals = Enumerable.Range(1, 7).Select(d => lines.Where(l => l.Day == d || (l.Day is null && d <= 5)).Sum(l => l.Minutes)).ToArray();
        var busiest = totals.Max();
        var breaches = new List<Breach>();
        if (limit is not { } max) return (busiest, breaches);
        var gradeName = SchoolAccess.GradeName(grade);
        // Days with the same total over the limit make one breach: a daily line over it is one problem, not five.
        foreach (var group in Enumerable.Range(1, 7).Where(d => max <= 0 ? totals[d - 1] > 0 : totals[d - 1] > max).GroupBy(d => totals[d - 1]))
        {
            var days = group.ToList();
            var when = days.SequenceEqual([1, 2, 3, 4, 5]) ? "每天" : string.Join("、", days.Select(HomeworkLine.Name));
            breaches.Add(max <= 0
                ? new("homework-none", $"{gradeName}{when}布置书面作业{group.Key}分钟：一、二年级不布置家庭书面作业（003 C10）")
                : new("homework-minutes", string.Create(CultureInfo.InvariantCulture, $"{gradeName}{when}书面作业共{group.Key}分钟，超过每天{max:0}分钟的上限（003 C10）")));
        }
        return (busiest, breaches);
    }

    private static (DateOnly Week, int Grade, string ClassName, List<HomeworkLine> Lines) Validate(School school, HomeworkInput input)
    {
        var errors = new ValidationErrors();
        if (input.Week is null) errors.Add("week", "请选择周次（该周任意一天）");
        errors.AddIf("week", DateBounds.Check(input.Week));
        var (from, to) = SchoolAccess.Grades(school.Type);
        if (input.Grade is not { } grade || grade < from || grade > to)
            errors.Add("grade", $"年级应为本校的{SchoolAccess.GradeName(from)}至{SchoolAccess.GradeName(to)}");
        errors.AddIf("className", Check.Length(input.ClassName, 30, "班级"));
        var rows = input.Lines ?? [];
        if (rows.Count == 0) errors.Add("lines", "请至少填写一项作业（没有书面作业时填写“无书面作业”、0分钟）");
        if (rows.Count > MaxLines) errors.Add("lines", Check.TooLong("作业", MaxLines, "项"));
        var lines = new List<HomeworkLine>();
        for (var i = 0; i < rows.Count && i < MaxLines; i++)
        {
            var (r, n) = (rows[i], $"第{i + 1}项");
            if (string.IsNullOrWhiteSpace(r.Subject)) errors.Add($"lines[{i}].subject", $"{n}：请填写学科");
            else errors.AddIf($"lines[{i}].subject", Check.Length(r.Subject, 20, $"{n}学科"));
            if (string.IsNullOrWhiteSpace(r.Content)) errors.Add($"lines[{i}].content", $"{n}：请填写作业内容");
            else errors.AddIf($"lines[{i}].content", Check.Length(r.Content, 200, $"{n}作业内容"));
            if (r.Minutes is not (>= 0 and <= 300)) errors.Add($"lines[{i}].minutes", $"{n}：预计时长应为 0–300 分钟");
            if (r.Day is not (null or (>= 1 and <= 7))) errors.Add($"lines[{i}].day", $"{n}：布置日应为 1（周一）至 7（周日），每天布置的不填");
            if (!errors.Any) lines.Add(new(r.Subject!.Trim(), r.Content!.Trim(), r.Minutes!.Value, r.Day));
        }
        errors.ThrowIfAny();
        return (MondayOf(input.Week!.Value), input.Grade!.Value, input.ClassName?.Trim() ?? "", lines);
    }

    internal static HomeworkWeekDto ToDto(HomeworkWeek h, string schoolName) => new(h.Id, h.TargetId, schoolName, h.WeekOf, h.Grade,
        SchoolAccess.GradeName(h.Grade), h.ClassName.Length == 0 ? null : h.ClassName,
        JsonSerializer.Deserialize<List<HomeworkLine>>(h.Lines, Json) ?? [], h.MaxDailyMinutes, h.LimitMinutes, Breach.Read(h.Violations),
        h.ProblemId, h.PublishedAt, h.Version);
}
