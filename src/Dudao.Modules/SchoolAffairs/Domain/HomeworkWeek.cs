using System.Text.Json.Serialization;
using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.SchoolAffairs.Domain;

/// <summary>
/// A school's published written homework for one grade (or one class of it) and one week: one entry a week,
/// its lines (<see cref="HomeworkLine"/>, JSON in <see cref="Lines"/>) each set daily or on one day. The busiest
/// day's total is checked against the grade's C10 limit when published.
/// </summary>
public sealed class HomeworkWeek : ITargetScoped, IVersioned, IAudited, IFlaggable
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    /// <summary>The school.</summary>
    public string TargetId { get; init; } = "";
    /// <summary>The Monday of the week.</summary>
    public DateOnly WeekOf { get; init; }
    public int Grade { get; init; }
    /// <summary>"" for the whole grade, else the class (e.g. 三年级2班).</summary>
    public string ClassName { get; init; } = "";
    public string Lines { get; set; } = "[]";
    public int MaxDailyMinutes { get; set; }
    /// <summary>The C10 limit when published; null when no band covers the grade.</summary>
    public int? LimitMinutes { get; set; }
    public string Violations { get; set; } = "[]";
    public string? ProblemId { get; set; }
    public DateTime PublishedAt { get; set; }
    public string PublishedBy { get; set; } = "";
    public int Version { get; set; }
}

/// <param name="Day">1 (Monday) to 7; null for every school day (Monday to Friday) of the week.</param>
public sealed record HomeworkLine(string Subject, string Content, int Minutes, int? Day)
{
    [JsonIgnore]
    public string DayName => Day is { } d ? Name(d) : "每天";

    /// <summary>周一 … 周日 for 1 … 7.</summary>
    public static string Name(int day) => day is >= 1 and <= 7 ? "周" + "一二三四五六日"[day - 1] : "";
}
