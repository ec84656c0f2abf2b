using System.Globalization;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Reporting.KeyFigures;
using Dudao.Modules.SchoolAffairs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.SchoolAffairs.AfterSchool;

/// <summary>
/// Pupils and teachers taking part in after-school service in a region's schools for a term, against the registry's
/// pupils and teachers of all of them (a school without a plan counts as none taking part).
/// </summary>
internal sealed class ParticipationFigures(AppDbContext db) : IAfterSchoolParticipation
{
    public async Task<AfterSchoolParticipation> ForRegionAsync(string regionCode, DateOnly on, CancellationToken ct)
    {
        var term = SchoolTerm.Containing(on);
        var schools = await db.Set<School>().AsNoTracking().InRegion(regionCode)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Pupils = g.Sum(s => s.Pupils), Teachers = g.Sum(s => s.Teachers) }).FirstOrDefaultAsync(ct);
        var plans = await db.Set<AfterSchoolPlan>().AsNoTracking().InRegion(regionCode).Where(p => p.Term == term.Code)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Pupils = g.Sum(p => p.PupilsTakingPart), Teachers = g.Sum(p => p.TeachersTakingPart) })
            .FirstOrDefaultAsync(ct);
        return new(term.Label, schools?.Count ?? 0, plans?.Count ?? 0, schools?.Pupils ?? 0, plans?.Pupils ?? 0, schools?.Teachers ?? 0, plans?.Teachers ?? 0);
    }
}

/// <summary>The 工作台's after-school participation: an office's region this term, a school's own.</summary>
internal sealed class ParticipationKeyFigures(AppDbContext db, ICurrentUser me, IAfterSchoolParticipation participation, TimeProvider clock) : IKeyFigureSource
{
    public async Task<IReadOnlyList<KeyFigure>> FiguresAsync(CancellationToken ct)
    {
        if (me.UserId is null || !me.Has(SchoolAffairsPermissions.View)) return [];
        var today = clock.Today();
        if (me.OrgKind == OrgKinds.School)
        {
            var term = SchoolTerm.Containing(today).Code;
            var own = await db.Set<AfterSchoolPlan>().AsNoTracking().Where(p => p.TargetId == me.OrgRefId && p.Term == term)
                .Select(p => new { p.PupilsTakingPart, p.TeachersTakingPart }).FirstOrDefaultAsync(ct);
            var school = await db.Set<School>().AsNoTracking().Where(s => s.Id == me.OrgRefId).Select(s => new { s.Pupils, s.Teachers }).FirstOrDefaultAsync(ct);
            if (school is null) return [];
            return Figures(new AfterSchoolParticipation(SchoolTerm.Containing(today).Label, 1, own is null ? 0 : 1, school.Pupils, own?.PupilsTakingPart ?? 0,
                school.Teachers, own?.TeachersTakingPart ?? 0));
        }
        if (me.OrgKind != OrgKinds.Office) return [];
        return Figures(await participation.ForRegionAsync(me.RegionCode, today, ct));
    }

    private static List<KeyFigure> Figures(AfterSchoolParticipation p) =>
    [
        new("after-school-pupils", "课后服务学生参与率", Percent(p.PupilRate), p.PupilRate,
            $"{p.Term}：{Count(p.PupilsTakingPart)} / {Count(p.Pupils)} 人", AfterSchoolLinks.Hub),
        new("after-school-teachers", "课后服务教师参与率", Percent(p.TeacherRate), p.TeacherRate,
            $"{Count(p.TeachersTakingPart)} / {Count(p.Teachers)} 人", AfterSchoolLinks.Hub),
    ];

    private static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}

internal static class AfterSchoolLinks
{
    public const string Hub = "/staff/school-affairs";

    public static string Plan(string schoolId) => $"/staff/school-affairs/{schoolId}/after-school";
}
