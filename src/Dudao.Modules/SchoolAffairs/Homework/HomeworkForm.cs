namespace Dudao.Modules.SchoolAffairs.Homework;

/// <summary>The weekly homework form: a fixed number of rows, of which the filled ones are published.</summary>
public sealed class HomeworkForm
{
    public const int Rows = 8;

    public DateOnly? Week { get; set; }
    public int? Grade { get; set; }
    public string? ClassName { get; set; }
    public List<LineRow> Lines { get; set; } = [.. Enumerable.Range(0, Rows).Select(_ => new LineRow())];

    public sealed class LineRow
    {
        public string? Subject { get; set; }
        public string? Content { get; set; }
        public int? Minutes { get; set; }
        public int? Day { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Subject) && string.IsNullOrWhiteSpace(Content) && Minutes is null;
    }

    /// <summary>The position of row <paramref name="index"/> among the filled rows, which is how the service numbers them.</summary>
    public int Filled(int index) => Lines.Take(index).Count(l => !l.IsBlank);

    public HomeworkInput ToInput() =>
        new(Week, Grade, ClassName, Lines.Where(l => !l.IsBlank).Select(l => new HomeworkLineInput(l.Subject, l.Content, l.Minutes, l.Day)).ToList());
}
