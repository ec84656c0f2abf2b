using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.SchoolAffairs.Domain;
using Dudao.Modules.SchoolAffairs.Exams;
using Dudao.Modules.SchoolAffairs.Homework;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.SchoolAffairs.Public;

/// <summary>
/// A school's public page (校内作业公示, 003 C8), read without login: the homework of the last weeks and this term's
/// exam calendar, as the school published them. Only what the school made public; no names of staff.
/// </summary>
public sealed class PublicSchoolAffairs(AppDbContext db, TimeProvider clock)
{
    public const int Weeks = 4;

    /// <summary>The school by its 学校标识码; null when there is none.</summary>
    public async Task<PublicSchoolDto?> GetAsync(string code, CancellationToken ct)
    {
        var school = await db.Set<School>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, ct);
        if (school is null) return null;
        var today = clock.Today();
        var since = HomeworkService.MondayOf(today).AddDays(-7 * (Weeks - 1));
        var homework = await db.Set<HomeworkWeek>().IgnoreQueryFilters().AsNoTracking().Where(h => h.TargetId == school.Id && h.WeekOf >= since)
            .OrderByDescending(h => h.WeekOf).ThenBy(h => h.Grade).ThenBy(h => h.ClassName).Take(200).ToListAsync(ct);
        var term = SchoolTerm.Containing(today);
        var exams = await db.Set<ExamCalendar>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(e => e.TargetId == school.Id && e.Term == term.Code, ct);
        return new PublicSchoolDto(school.Code, school.Name, school.Type, homework.Select(h => HomeworkService.ToDto(h, school.Name)).ToList(),
            ExamService.ToDto(exams, school, term));
    }
}

public sealed record PublicSchoolDto(string Code, string Name, string Type, IReadOnlyList<HomeworkWeekDto> Homework, ExamCalendarDto Exams);
