using Dudao.Modules.SchoolAffairs.Domain;

namespace Dudao.Modules.SchoolAffairs.Exams;

/// <summary>The term's exam calendar as a form: the published rows plus blank ones; the filled rows replace the calendar.</summary>
public sealed class ExamForm
{
    public const int Blanks = 4;

    public List<ExamRow> Exams { get; set; } = [];

    public static ExamForm Of(IEnumerable<ExamLine> exams) => new()
    {
        Exams = [.. exams.Select(e => new ExamRow { Name = e.Name, GradeFrom = e.GradeFrom, GradeTo = e.GradeTo, Kind = e.Kind, Written = e.Written, Date = e.Date }),
            .. Enumerable.Range(0, Blanks).Select(_ => new ExamRow())],
    };

    public sealed class ExamRow
    {
        public string? Name { get; set; }
        public int? GradeFrom { get; set; }
        public int? GradeTo { get; set; }
        public string? Kind { get; set; }
        public bool Written { get; set; } = true;
        public DateOnly? Date { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && GradeFrom is null && GradeTo is null && Date is null;
    }

    public int Filled(int index) => Exams.Take(index).Count(e => !e.IsBlank);

    public ExamCalendarInput ToInput() =>
        new(Exams.Where(e => !e.IsBlank).Select(e => new ExamInput(e.Name, e.GradeFrom, e.GradeTo, e.Kind, e.Written, e.Date)).ToList());
}
