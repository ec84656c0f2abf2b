namespace Dudao.Modules.Training.Schedule;

/// <summary>The timetable form: a fixed number of lesson rows, of which the filled ones are checked.</summary>
public sealed class ScheduleForm
{
    public const int Rows = 8;

    public List<LessonRow> Lessons { get; set; } = [.. Enumerable.Range(0, Rows).Select(_ => new LessonRow())];

    public sealed class LessonRow
    {
        public DateOnly? Date { get; set; }
        public TimeOnly? Start { get; set; }
        public TimeOnly? End { get; set; }
        public bool Online { get; set; }
        public string? Subject { get; set; }

        public bool IsBlank => Date is null && Start is null && End is null && string.IsNullOrWhiteSpace(Subject);
    }

    public ScheduleInput ToInput() =>
        new(Lessons.Where(l => !l.IsBlank).Select(l => new LessonInput(l.Date, l.Start, l.End, l.Online, l.Subject)).ToList());
}
