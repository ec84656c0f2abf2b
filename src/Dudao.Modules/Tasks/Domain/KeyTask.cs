using System.Globalization;
using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Tasks.Domain;

/// <summary>
/// One line of an office's 重点任务清单 (seed 003 attachment 2): the work, its responsible units, the month it
/// is due and its milestones. A city's list is handed down: the districts below see it beside their own (seed 000 §5).
/// </summary>
public sealed class KeyTask : IRegionScoped, IVersioned, IAudited
{
    public string Id { get; init; } = Core.Ids.New();

    /// <summary>The office whose list it is.</summary>
    public string RegionCode { get; init; } = "";

    /// <summary>序号 in the office's list.</summary>
    public int Number { get; init; }
    public string Title { get; set; } = "";

    /// <summary>完成时限: the month it is due, yyyy-MM.</summary>
    public string Deadline { get; set; } = "";
    public DateOnly? CompletedOn { get; set; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public int Version { get; set; }

    /// <summary>The last day of the deadline month: late from the day after.</summary>
    public DateOnly DueOn => LastDay(Deadline);

    public string StatusOn(DateOnly today) =>
        CompletedOn is not null ? KeyTaskStatus.Done
        : today > DueOn ? KeyTaskStatus.Overdue
        : today.ToString("yyyy-MM", CultureInfo.InvariantCulture) == Deadline ? KeyTaskStatus.DueThisMonth
        : KeyTaskStatus.Open;

    public static DateOnly LastDay(string month) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(1).AddDays(-1);
}

public static class KeyTaskStatus
{
    public const string Open = "open";
    public const string DueThisMonth = "due";
    public const string Overdue = "overdue";
    public const string Done = "done";

    public static string Label(string status) => status switch
    {
        Open => "推进中",
        DueThisMonth => "本月到期",
        Overdue => "已逾期",
        _ => "已完成",
    };
}

/// <summary>A responsible unit (责任单位) of a task: a department of the task's office; the first listed leads.</summary>
public sealed class KeyTaskUnit : IRegionScoped
{
    public string Id { get; init; } = Core.Ids.New();
    public string KeyTaskId { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public int Position { get; init; }
    public string DepartmentId { get; init; } = "";
    public string DepartmentName { get; init; } = "";
}

/// <summary>A step of a task with the month it should be reached.</summary>
public sealed class KeyTaskMilestone : IRegionScoped
{
    public string Id { get; init; } = Core.Ids.New();
    public string KeyTaskId { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public int Position { get; init; }
    public string Title { get; init; } = "";

    /// <summary>yyyy-MM.</summary>
    public string Month { get; init; } = "";
}

/// <summary>
/// A monthly progress report on a task by one unit. A district reporting on a city's task keeps its own region,
/// so another district never reads it.
/// </summary>
public sealed class KeyTaskReport : IRegionScoped
{
    public string Id { get; init; } = Core.Ids.New();
    public string KeyTaskId { get; init; } = "";

    /// <summary>The reporting unit's region.</summary>
    public string RegionCode { get; init; } = "";

    /// <summary>yyyy-MM: the month reported on.</summary>
    public string Month { get; init; } = "";

    /// <summary>The reporting department, or null when the office reported.</summary>
    public string? DepartmentId { get; init; }
    public string UnitName { get; init; } = "";
    public string Text { get; init; } = "";

    /// <summary>0–100.</summary>
    public int Percent { get; init; }
    public DateTime ReportedAt { get; init; }
    public string ReportedBy { get; init; } = "";
}
