using System.Globalization;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.SchoolAffairs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.SchoolAffairs.AfterSchool;

/// <summary>
/// A school's after-school plan per term (课后服务), entered once a term: "5+2" (003 C15), the end time against the
/// region's office-closing time (C16), extended care (C17) ending by the region's latest time (000 §12). Breaches
/// are saved and flagged; impossible figures (more pupils than the registry holds) are refused.
/// </summary>
public sealed class AfterSchoolService(AppDbContext db, ICurrentUser me, SchoolAccess schools, RuleService rules, TimeProvider clock)
{
    public async Task<AfterSchoolDto> GetAsync(string schoolId, string? term, CancellationToken ct)
    {
        var t = SchoolTerm.Parse(term, clock.Today());
        var school = await schools.ReadableAsync(schoolId, ct);
        var plan = await db.Set<AfterSchoolPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.TargetId == school.Id && p.Term == t.Code, ct);
        return ToDto(plan, school, t);
    }

    public async Task<AfterSchoolDto> PutAsync(string schoolId, string? term, AfterSchoolInput input, CancellationToken ct)
    {
        var t = SchoolTerm.Parse(term, clock.Today());
        var school = await schools.OwnAsync(schoolId, ct);
        Validate(school, input);
        var limits = new AfterSchoolLimits(await Rule(SchoolAffairsRules.AfterSchoolDays), await Rule(SchoolAffairsRules.AfterSchoolMinutes),
            SchoolAffairsRules.Clock(await Rule(SchoolAffairsRules.OfficeClosing)), SchoolAffairsRules.Clock(await Rule(SchoolAffairsRules.ExtendedCareLatest)));
        var plan = await db.Set<AfterSchoolPlan>().FirstOrDefaultAsync(p => p.TargetId == school.Id && p.Term == t.Code, ct);
        if (plan is null)
        {
            plan = new AfterSchoolPlan { RegionCode = school.RegionCode, TargetId = school.Id, Term = t.Code };
            db.Add(plan);
        }
        else if (input.Version is { } version)
        {
            db.ExpectVersion(plan, version);
        }
        plan.DaysPerWeek = input.DaysPerWeek!.Value;
        plan.MinutesPerDay = input.MinutesPerDay!.Value;
        plan.EndTime = input.EndTime!.Value;
        plan.ExtendedCareEnd = input.ExtendedCareEnd;
        plan.WeekendCare = input.WeekendCare ?? false;
        plan.HolidayCare = input.HolidayCare ?? false;
        plan.EveningStudy = input.EveningStudy ?? false;
        plan.Funding = input.Funding!.Trim();
        plan.FeePerTerm = input.FeePerTerm;
        plan.TeacherSubsidy = input.TeacherSubsidy;
        plan.PupilsTakingPart = input.PupilsTakingPart!.Value;
        plan.TeachersTakingPart = input.TeachersTakingPart!.Value;
        plan.Violations = Breach.Write(Breaches(plan, limits));
        plan.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        plan.UpdatedBy = me.UserName;
        await db.SaveChangesAsync(ct);
        return ToDto(plan, school, t);

        Task<int> Rule(string key) => rules.GetAsync(key, school.RegionCode, ct);
    }

    internal sealed record AfterSchoolLimits(int Days, int Minutes, TimeOnly OfficeClosing, TimeOnly ExtendedLatest);

    internal static List<Breach> Breaches(AfterSchoolPlan p, AfterSchoolLimits limits)
    {
        var breaches = new List<Breach>();
        if (p.DaysPerWeek < limits.Days)
            breaches.Add(new("after-school-days", Text($"每周开展课后服务{p.DaysPerWeek}天，少于“5+2”要求的每周{limits.Days}天（003 C15）")));
        if (p.MinutesPerDay < limits.Minutes)
            breaches.Add(new("after-school-minutes", Text($"每天课后服务{p.MinutesPerDay}分钟，少于每天{limits.Minutes}分钟（003 C15）")));
        if (p.EndTime < limits.OfficeClosing)
            breaches.Add(new("after-school-end", $"课后服务{Clock(p.EndTime)}结束，早于本区域正常下班时间{Clock(limits.OfficeClosing)}（003 C16）"));
        if (p.ExtendedCareEnd is null)
        {
            breaches.Add(new("extended-care-none", "未提供延时托管服务：对有特殊需要的学生，学校应提供延时托管（003 C17）"));
        }
        else if (p.ExtendedCareEnd > limits.ExtendedLatest)
        {
            breaches.Add(new("extended-care-late", $"延时托管{Clock(p.ExtendedCareEnd.Value)}结束，晚于最晚{Clock(limits.ExtendedLatest)}（000 §12）"));
        }
        return breaches;

        static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    }

    private static void Validate(School school, AfterSchoolInput input)
    {
        var errors = new ValidationErrors();
        if (input.DaysPerWeek is not (>= 0 and <= 7)) errors.Add("daysPerWeek", "每周天数应为 0–7");
        if (input.MinutesPerDay is not (>= 0 and <= 300)) errors.Add("minutesPerDay", "每天时长应为 0–300 分钟");
        if (input.EndTime is null) errors.Add("endTime", "请填写课后服务结束时间");
        if (input.ExtendedCareEnd is { } extended && input.EndTime is { } end && extended <= end)
            errors.Add("extendedCareEnd", "延时托管结束时间应晚于课后服务结束时间；不提供延时托管时不填");
        if (input.EveningStudy == true && SchoolAccess.Grades(school.Type).To < 7) errors.Add("eveningStudy", "晚自习只在初中安排，小学不安排");
        if (string.IsNullOrWhiteSpace(input.Funding)) errors.Add("funding", "请填写经费来源（如：财政补助、家长自愿缴费）");
        else errors.AddIf("funding", Check.Length(input.Funding, 100, "经费来源"));
        if (input.FeePerTerm is { } fee && (fee < 0 || fee > 100_000 || decimal.Round(fee, 2) != fee)) errors.Add("feePerTerm", "收费标准应为 0–100000 元（最多两位小数），免费时不填");
        if (input.TeacherSubsidy is { } pay && (pay < 0 || pay > 10_000 || decimal.Round(pay, 2) != pay)) errors.Add("teacherSubsidy", "教师补助应为 0–10000 元/课时（最多两位小数），没有时不填");
        Count(input.PupilsTakingPart, school.Pupils, "pupilsTakingPart", "参与学生数", "学生");
        Count(input.TeachersTakingPart, school.Teachers, "teachersTakingPart", "参与教师数", "教师");
        errors.ThrowIfAny();

        // Against the registry, where it records the school's size; a figure above it is a typing slip.
        void Count(int? value, int registered, string field, string label, string who)
        {
            if (value is not (>= 0 and <= 100_000)) errors.Add(field, $"{label}应为 0–100000 的整数");
            else if (registered > 0 && value > registered) errors.Add(field, $"{label}{value}超过学校登记的{who}数{registered}");
        }
    }

    private static string Clock(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    internal static AfterSchoolDto ToDto(AfterSchoolPlan? p, School school, SchoolTerm term) => new(school.Id, school.Name, term.Code, term.Label,
        p is not null, p?.DaysPerWeek, p?.MinutesPerDay, p?.EndTime, p?.ExtendedCareEnd, p?.WeekendCare ?? false, p?.HolidayCare ?? false,
        p?.EveningStudy ?? false, p?.Funding, p?.FeePerTerm, p?.TeacherSubsidy, p?.PupilsTakingPart, p?.TeachersTakingPart, school.Pupils, school.Teachers,
        p is null ? [] : Breach.Read(p.Violations), p?.ProblemId, p?.UpdatedAt, p?.Version);
}
