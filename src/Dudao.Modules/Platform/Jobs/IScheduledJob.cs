namespace Dudao.Modules.Platform.Jobs;

/// <summary>
/// A piece of periodic work (overdue detection, coverage notices …). Runs once per due time across
/// all instances, and on demand by an admin. Runs as the system user (no data-scope filter).
/// </summary>
public interface IScheduledJob
{
    /// <summary>Stable name used in the API: <c>POST /api/admin/jobs/{name}/run</c>.</summary>
    string Name { get; }

    /// <summary>What the jobs page calls it, in Chinese; a convention test holds every job to one.</summary>
    string Title => Name;

    /// <summary>When it runs, in Asia/Shanghai time.</summary>
    JobSchedule Schedule { get; }

    /// <returns>A one-line summary for the job list, e.g. "3 problems overdue".</returns>
    Task<string> RunAsync(CancellationToken ct);
}

/// <summary>
/// Daily at a local time, optionally only on given days of the month; or every <see cref="Every"/>
/// (a divisor of a day) for work that must follow closely, such as chaining the audit log.
/// </summary>
public sealed record JobSchedule(TimeOnly At, IReadOnlySet<int>? DaysOfMonth = null, TimeSpan? Every = null)
{
    public static JobSchedule Daily(int hour, int minute = 0) => new(new TimeOnly(hour, minute));

    public static JobSchedule Monthly(int day, int hour, int minute = 0) => new(new TimeOnly(hour, minute), new HashSet<int> { day });

    public static JobSchedule EveryMinutes(int minutes) => new(TimeOnly.MinValue, Every: TimeSpan.FromMinutes(minutes));

    public string Describe() => Every is { } every
        ? $"每 {every.TotalMinutes:0} 分钟"
        : DaysOfMonth is null
            ? $"每天 {At:HH\\:mm}"
            : $"每月 {string.Join("、", DaysOfMonth.Order())} 日 {At:HH\\:mm}";

    /// <summary>The latest due time at or before <paramref name="localNow"/>.</summary>
    public DateTime LastDueAtOrBefore(DateTime localNow)
    {
        if (Every is { } every) return localNow.Date + every * Math.Floor(localNow.TimeOfDay / every);
        for (var day = localNow.Date; day > localNow.Date.AddDays(-62); day = day.AddDays(-1))
        {
            if (DaysOfMonth is not null && !DaysOfMonth.Contains(day.Day)) continue;
            var due = day + At.ToTimeSpan();
            if (due <= localNow) return due;
        }
        return DateTime.MinValue;
    }
}
