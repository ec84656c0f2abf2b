using Dudao.Modules.SchoolAffairs.Domain;

namespace Dudao.Modules.SchoolAffairs.Exams;

/// <param name="Exams">The whole term's calendar; it replaces what was published before.</param>
public sealed record ExamCalendarInput(IReadOnlyList<ExamInput>? Exams, int? Version = null);

/// <param name="Kind">final (期末), midterm (期中) or other (单元、月考等).</param>
/// <param name="Written">A paper-and-pen exam; true when left out.</param>
public sealed record ExamInput(string? Name, int? GradeFrom, int? GradeTo, string? Kind, bool? Written, DateOnly? Date);

/// <param name="UpdatedAt">Null while the school has published nothing for the term.</param>
public sealed record ExamCalendarDto(string SchoolId, string SchoolName, string Term, string TermLabel, IReadOnlyList<ExamLine> Exams,
    IReadOnlyList<Breach> Violations, string? ProblemId, DateTime? UpdatedAt, int? Version);
