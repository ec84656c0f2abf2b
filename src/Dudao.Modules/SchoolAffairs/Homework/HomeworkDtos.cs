using Dudao.Modules.SchoolAffairs.Domain;

namespace Dudao.Modules.SchoolAffairs.Homework;

/// <param name="Week">Any day of the week; stored as its Monday.</param>
/// <param name="ClassName">Empty for the whole grade.</param>
/// <param name="Version">The version read, when replacing an entry.</param>
public sealed record HomeworkInput(DateOnly? Week, int? Grade, string? ClassName, IReadOnlyList<HomeworkLineInput>? Lines, int? Version = null);

/// <param name="Day">1 (Monday) to 7; empty for every school day of the week.</param>
public sealed record HomeworkLineInput(string? Subject, string? Content, int? Minutes, int? Day);

/// <param name="MaxDailyMinutes">The busiest day's written minutes.</param>
/// <param name="LimitMinutes">The grade's C10 limit (0: none may be set); null when no band covers the grade.</param>
public sealed record HomeworkWeekDto(string Id, string SchoolId, string SchoolName, DateOnly WeekOf, int Grade, string GradeName, string? ClassName,
    IReadOnlyList<HomeworkLine> Lines, int MaxDailyMinutes, int? LimitMinutes, IReadOnlyList<Breach> Violations, string? ProblemId,
    DateTime PublishedAt, int Version);
