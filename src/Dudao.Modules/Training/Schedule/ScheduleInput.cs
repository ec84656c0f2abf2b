namespace Dudao.Modules.Training.Schedule;

/// <param name="Subject">The subject taught, e.g. 数学 or 篮球; a subject-type one (<see cref="ScheduleChecker.SubjectNames"/>) makes the lesson subject-type training.</param>
public sealed record LessonInput(DateOnly? Date, TimeOnly? Start, TimeOnly? End, bool Online, string? Subject);

public sealed record ScheduleInput(IReadOnlyList<LessonInput>? Lessons);

/// <param name="Index">The lesson's position in the list, from 0.</param>
/// <param name="Rule">online-duration | online-break | online-late | rest-day | vacation.</param>
public sealed record Violation(int Index, string Rule, string Message);

public sealed record ScheduleResult(IReadOnlyList<Violation> Violations);

public sealed record ScheduleProblems(IReadOnlyList<string> ProblemIds);
