namespace Dudao.Modules.SchoolAffairs.AfterSchool;

/// <summary>The term's after-school plan as a form (checkboxes post "true" when ticked, nothing otherwise).</summary>
public sealed class AfterSchoolForm
{
    public int? DaysPerWeek { get; set; }
    public int? MinutesPerDay { get; set; }
    public TimeOnly? EndTime { get; set; }
    public TimeOnly? ExtendedCareEnd { get; set; }
    public bool WeekendCare { get; set; }
    public bool HolidayCare { get; set; }
    public bool EveningStudy { get; set; }
    public string? Funding { get; set; }
    public decimal? FeePerTerm { get; set; }
    public decimal? TeacherSubsidy { get; set; }
    public int? PupilsTakingPart { get; set; }
    public int? TeachersTakingPart { get; set; }
    public int? Version { get; set; }

    public static AfterSchoolForm Of(AfterSchoolDto p) => new()
    {
        DaysPerWeek = p.DaysPerWeek ?? 5, MinutesPerDay = p.MinutesPerDay ?? 120, EndTime = p.EndTime, ExtendedCareEnd = p.ExtendedCareEnd,
        WeekendCare = p.WeekendCare, HolidayCare = p.HolidayCare, EveningStudy = p.EveningStudy, Funding = p.Funding, FeePerTerm = p.FeePerTerm,
        TeacherSubsidy = p.TeacherSubsidy, PupilsTakingPart = p.PupilsTakingPart, TeachersTakingPart = p.TeachersTakingPart, Version = p.Version,
    };

    public AfterSchoolInput ToInput() => new(DaysPerWeek, MinutesPerDay, EndTime, ExtendedCareEnd, WeekendCare, HolidayCare, EveningStudy, Funding,
        FeePerTerm, TeacherSubsidy, PupilsTakingPart, TeachersTakingPart, Version);
}
