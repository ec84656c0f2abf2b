using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.SchoolAffairs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.SchoolAffairs.Hub;

/// <summary>
/// One row per school in the caller's scope (a school account: itself) for the current term: what it has published
/// and how many of its entries break a limit, so an office sees at a glance who publishes nothing and who is flagged.
/// </summary>
public sealed class OverviewService(AppDbContext db, TimeProvider clock)
{
    public const int MaxSchools = 1000;

    public async Task<SchoolAffairsOverview> GetAsync(string? regionCode, CancellationToken ct)
    {
        var today = clock.Today();
        var term = SchoolTerm.Containing(today);
        var thisWeek = Homework.HomeworkService.MondayOf(today);
        var schools = await db.Set<School>().AsNoTracking().InRegion(regionCode).OrderBy(s => s.RegionCode).ThenBy(s => s.Name)
            .Take(MaxSchools).Select(s => new { s.Id, s.Name, s.Pupils, s.Teachers }).ToListAsync(ct);
        var since = today.AddDays(-7 * FlagService.HomeworkWeeks);
        var homework = await db.Set<HomeworkWeek>().AsNoTracking().InRegion(regionCode).Where(h => h.WeekOf >= since)
            .GroupBy(h => h.TargetId)
            .Select(g => new { g.Key, Last = g.Max(h => h.WeekOf), Flagged = g.Count(h => h.Violations != "[]" && h.ProblemId == null) })
            .ToDictionaryAsync(x => x.Key, ct);
        var exams = await db.Set<ExamCalendar>().AsNoTracking().InRegion(regionCode).Where(e => e.Term == term.Code)
            .Select(e => new { e.TargetId, Flagged = e.Violations != "[]" && e.ProblemId == null }).ToDictionaryAsync(x => x.TargetId, ct);
        var plans = await db.Set<AfterSchoolPlan>().AsNoTracking().InRegion(regionCode).Where(p => p.Term == term.Code)
            .Select(p => new { p.TargetId, p.PupilsTakingPart, Flagged = p.Violations != "[]" && p.ProblemId == null }).ToDictionaryAsync(x => x.TargetId, ct);
        var rows = schools.Select(s =>
        {
            var h = homework.GetValueOrDefault(s.Id);
            var e = exams.GetValueOrDefault(s.Id);
            var p = plans.GetValueOrDefault(s.Id);
            var flags = (h?.Flagged ?? 0) + (e?.Flagged == true ? 1 : 0) + (p?.Flagged == true ? 1 : 0);
            return new SchoolAffairsRow(s.Id, s.Name, h?.Last, h is not null && h.Last >= thisWeek, e is not null, p is not null,
                p is null || s.Pupils == 0 ? null : (double)p.PupilsTakingPart / s.Pupils, flags);
        }).ToList();
        return new SchoolAffairsOverview(term.Code, term.Label, thisWeek, rows);
    }

    /// <summary>A school's 学校标识码, for its public page's address; null when out of scope.</summary>
    public Task<string?> CodeAsync(string? schoolId, CancellationToken ct) =>
        db.Set<School>().AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Code).FirstOrDefaultAsync(ct);
}

/// <param name="ThisWeek">The Monday of the current week.</param>
public sealed record SchoolAffairsOverview(string Term, string TermLabel, DateOnly ThisWeek, IReadOnlyList<SchoolAffairsRow> Schools);

/// <param name="LastHomeworkWeek">The latest week with homework published in the last weeks; null for none.</param>
/// <param name="OpenFlags">Entries breaking a limit that no problem was opened for yet.</param>
public sealed record SchoolAffairsRow(string SchoolId, string Name, DateOnly? LastHomeworkWeek, bool HomeworkThisWeek, bool ExamsPublished,
    bool AfterSchoolPlanned, double? PupilRate, int OpenFlags);
