using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Rectification.Intake;
using Dudao.Modules.SchoolAffairs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.SchoolAffairs.Hub;

/// <summary>
/// What schools published that breaks a limit — homework of the last weeks, this term's exams and after-school plan —
/// and the one way to act on it: an office opens a problem from a flag through <see cref="ProblemIntake"/>, once.
/// </summary>
public sealed class FlagService(AppDbContext db, ICurrentUser me, ProblemIntake problems, TimeProvider clock)
{
    /// <summary>How far back homework flags are listed.</summary>
    public const int HomeworkWeeks = 8;

    public async Task<IReadOnlyList<FlagDto>> ListAsync(string? regionCode, CancellationToken ct)
    {
        var today = clock.Today();
        var since = today.AddDays(-7 * HomeworkWeeks);
        var term = SchoolTerm.Containing(today).Code;
        var flags = new List<FlagDto>();
        var homework = await db.Set<HomeworkWeek>().AsNoTracking().InRegion(regionCode).Where(h => h.WeekOf >= since && h.Violations != "[]")
            .OrderByDescending(h => h.WeekOf).Take(500).ToListAsync(ct);
        flags.AddRange(homework.Select(h => Flag(FlagKinds.Homework, h,
            $"{h.WeekOf:yyyy-MM-dd}当周 {SchoolAccess.GradeName(h.Grade)}{h.ClassName}作业", h.PublishedAt)));
        var exams = await db.Set<ExamCalendar>().AsNoTracking().InRegion(regionCode).Where(e => e.Term == term && e.Violations != "[]").Take(500).ToListAsync(ct);
        flags.AddRange(exams.Select(e => Flag(FlagKinds.Exams, e, "本学期考试安排", e.UpdatedAt)));
        var plans = await db.Set<AfterSchoolPlan>().AsNoTracking().InRegion(regionCode).Where(p => p.Term == term && p.Violations != "[]").Take(500).ToListAsync(ct);
        flags.AddRange(plans.Select(p => Flag(FlagKinds.AfterSchool, p, "本学期课后服务", p.UpdatedAt)));
        var ids = flags.Select(f => f.SchoolId).Distinct().ToList();
        var names = await db.Set<School>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return flags.Select(f => f with { SchoolName = names.GetValueOrDefault(f.SchoolId, "") }).OrderByDescending(f => f.At).ToList();
    }

    /// <summary>Opens one problem for the flagged entry, naming every breach; the entry keeps the problem's id.</summary>
    public async Task<string> OpenProblemAsync(string kind, string id, CancellationToken ct)
    {
        ValidationFailedException.ThrowIf("kind", Check.OneOfCodes(kind, FlagKinds.All, "预警类型"));
        if (!me.Has(SchoolAffairsPermissions.Review) || me.OrgKind != OrgKinds.Office) throw DomainException.Forbidden("只有督导室可以把校务预警转为整改问题");
        IFlaggable? found = kind switch
        {
            FlagKinds.Homework => await db.Set<HomeworkWeek>().FirstOrDefaultAsync(h => h.Id == id, ct),
            FlagKinds.Exams => await db.Set<ExamCalendar>().FirstOrDefaultAsync(e => e.Id == id, ct),
            _ => await db.Set<AfterSchoolPlan>().FirstOrDefaultAsync(p => p.Id == id, ct),
        };
        var entry = found ?? throw DomainException.NotFound("校务预警");
        var breaches = Breach.Read(entry.Violations);
        if (breaches.Count == 0) throw DomainException.Conflict("该记录没有违规，无需转为问题");
        if (entry.ProblemId is not null) throw DomainException.Conflict("该预警已转为整改问题");
        var description = $"{FlagKinds.Label(kind)}违规：{string.Join("；", breaches.Select(b => b.Message))}";
        if (description.Length > 2000) description = description[..1999] + "…";
        var problem = await problems.OpenAsync(new NewProblem(TargetKinds.School, entry.TargetId, null, entry.RegionCode, ProblemSources.Supervision, entry.Id,
            kind switch { FlagKinds.Homework => "作业管理", FlagKinds.AfterSchool => "课后服务", _ => "办学行为" }, ProblemSeverities.Medium, description,
            kind switch { FlagKinds.Homework => "C10", FlagKinds.AfterSchool => "C15", _ => "C49" }), ct);
        entry.ProblemId = problem.Id;
        await db.SaveChangesAsync(ct);
        return problem.Id;
    }

    private static FlagDto Flag(string kind, IFlaggable e, string what, DateTime at) =>
        new(kind, FlagKinds.Label(kind), e.Id, e.TargetId, "", what, Breach.Read(e.Violations), e.ProblemId, at);
}

public static class FlagKinds
{
    public const string Homework = "homework";
    public const string Exams = "exams";
    public const string AfterSchool = "after-school";
    public static readonly string[] All = [Homework, Exams, AfterSchool];

    public static string Label(string kind) => kind switch
    {
        Homework => "作业公示",
        Exams => "考试安排",
        AfterSchool => "课后服务",
        _ => kind,
    };
}

/// <param name="Id">The flagged entry (homework week, exam calendar or after-school plan).</param>
/// <param name="ProblemId">The problem opened from it, if any.</param>
public sealed record FlagDto(string Kind, string KindLabel, string Id, string SchoolId, string SchoolName, string What, IReadOnlyList<Breach> Violations,
    string? ProblemId, DateTime At);
