using Dudao.Modules.SchoolAffairs.Domain;

namespace Dudao.Modules.SchoolAffairs.AfterSchool;

/// <param name="ExtendedCareEnd">延时托管's end time; empty when none is offered.</param>
/// <param name="FeePerTerm">元 per pupil per term; empty when free.</param>
/// <param name="TeacherSubsidy">元 per session for a teacher; empty when none is paid.</param>
public sealed record AfterSchoolInput(int? DaysPerWeek, int? MinutesPerDay, TimeOnly? EndTime, TimeOnly? ExtendedCareEnd, bool? WeekendCare,
    bool? HolidayCare, bool? EveningStudy, string? Funding, decimal? FeePerTerm, decimal? TeacherSubsidy, int? PupilsTakingPart,
    int? TeachersTakingPart, int? Version = null);

/// <param name="Planned">False while the school has entered nothing for the term (the other plan fields are then empty).</param>
/// <param name="Pupils">The registry's pupils, the rate's denominator.</param>
/// <param name="Teachers">The registry's teachers.</param>
public sealed record AfterSchoolDto(string SchoolId, string SchoolName, string Term, string TermLabel, bool Planned, int? DaysPerWeek,
    int? MinutesPerDay, TimeOnly? EndTime, TimeOnly? ExtendedCareEnd, bool WeekendCare, bool HolidayCare, bool EveningStudy, string? Funding,
    decimal? FeePerTerm, decimal? TeacherSubsidy, int? PupilsTakingPart, int? TeachersTakingPart, int Pupils, int Teachers,
    IReadOnlyList<Breach> Violations, string? ProblemId, DateTime? UpdatedAt, int? Version);
