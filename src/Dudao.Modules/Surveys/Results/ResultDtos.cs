namespace Dudao.Modules.Surveys.Results;

/// <summary><c>?regionCode=&amp;schoolId=</c> of the results: a region of the round (the round's by default) or one school.</summary>
public sealed record ResultQuery(string? RegionCode, string? SchoolId);

/// <summary>
/// A round's results for a region or a school. Rates are percentages with one decimal (null without answers);
/// <see cref="Grades"/> compares the reported daily homework minutes with the county's C10 limits.
/// </summary>
/// <param name="Level">province | city | county | school.</param>
/// <param name="Flags">What breaches a limit, in words (a school's own, or one line per flagged school of a region).</param>
/// <param name="ProblemId">The problem opened from a school's flags, when one was.</param>
public sealed record ResultsDto(string RoundId, string Title, string RegionCode, string Name, string Level, string? SchoolId,
    ResultFigures Figures, IReadOnlyList<GradeResult> Grades, IReadOnlyList<SatisfactionResult> Satisfaction, IReadOnlyList<string> Flags,
    IReadOnlyList<ResultChild> Children, string? ProblemId);

/// <param name="SatisfactionRate">Share of satisfaction answers that are 满意 or 非常满意 (4 or 5 of 5).</param>
/// <param name="SchoolsFlagged">Schools whose average homework minutes of some grade exceed the limit.</param>
public sealed record ResultFigures(int Responses, double? SatisfactionRate, double? AfterSchoolRate, double? PaidTutoringRate,
    double? AverageSleepHours, double? AverageHomeworkMinutes, int SchoolsFlagged);

/// <param name="Limit">The C10 limit in minutes (0: no written homework); null when the schools' counties differ or none is set.</param>
/// <param name="OverLimit">The average exceeds the limit (school level); for a region, whether any school's does.</param>
public sealed record GradeResult(int Grade, int Answers, double? AverageMinutes, double? Limit, bool OverLimit, int SchoolsOverLimit, double? AverageSleepHours);

public sealed record SatisfactionResult(string Code, string Text, int Answered, int Satisfied, double? Rate);

/// <summary>A child region or (below a county) a school, for the drill-down.</summary>
public sealed record ResultChild(string RegionCode, string? SchoolId, string Name, ResultFigures Figures, bool Flagged);

public sealed record SurveyProblemOpened(string ProblemId);
