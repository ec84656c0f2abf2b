using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Rectification.Domain;

/// <summary>
/// A problem on the rectification ledger (整改台账): found by an inspection, a complaint, a
/// self-check, public opinion or entered by hand, fixed by its responsible unit, verified by an
/// inspector and struck off (销号).
/// </summary>
public sealed class Problem : ITargetScoped, ITeamVisible, IVersioned, IAudited
{
    public string Id { get; init; } = Core.Ids.New();

    /// <summary>The county of the target.</summary>
    public string RegionCode { get; init; } = "";

    /// <summary>One of <c>TargetKinds</c>: school | institution | region | department | person | other.</summary>
    public string TargetKind { get; init; } = "";

    /// <summary>The school, institution or department id, or the region code; "" for a person or a unit outside the registries.</summary>
    public string TargetId { get; init; } = "";
    public string TargetName { get; init; } = "";

    /// <summary>A person's unit (and post).</summary>
    public string? TargetUnit { get; init; }

    public string Source { get; init; } = ProblemSources.Manual;

    /// <summary>The visit, complaint or self-assessment that raised it.</summary>
    public string? SourceId { get; init; }
    public string Category { get; set; } = "";
    public string Severity { get; set; } = ProblemSeverities.Medium;
    public string Description { get; set; } = "";
    public string? IndicatorCode { get; init; }

    /// <summary>The unit that must fix it: by default the target itself.</summary>
    public string ResponsibleKind { get; set; } = "";
    public string? ResponsibleId { get; set; }

    /// <summary>The inspector who verifies the fix (the target's assigned inspector, or whoever found it).</summary>
    public string? InspectorId { get; set; }

    public string Status { get; set; } = ProblemStatuses.Open;
    public DateOnly Deadline { get; set; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTime? ClosedAt { get; set; }

    /// <summary>When the follow-up check (回头看) of a closed problem is due; null once done or while open.</summary>
    public DateOnly? FollowUpOn { get; set; }
    public int Version { get; set; }

    /// <summary>Past its deadline (counted in Asia/Shanghai days) and not yet struck off.</summary>
    public bool IsOverdue(DateOnly today) => Status != ProblemStatuses.Closed && Deadline < today;
}

public static class ProblemStatuses
{
    public const string Open = "open";
    public const string Rectifying = "rectifying";
    public const string AwaitingVerification = "awaiting-verification";
    public const string Closed = "closed";
    public static readonly string[] All = [Open, Rectifying, AwaitingVerification, Closed];

    public static string Label(string status) => status switch
    {
        Open => "待整改",
        Rectifying => "整改中",
        AwaitingVerification => "待核验",
        Closed => "已销号",
        _ => status,
    };
}

public static class ProblemSources
{
    public const string Inspection = "inspection";
    public const string Complaint = "complaint";
    public const string SelfAssessment = "self-assessment";
    public const string PublicOpinion = "public-opinion";
    public const string Manual = "manual";
    /// <summary>Routine supervision of records: prepaid-fund reconciliation, timetable checks.</summary>
    public const string Supervision = "supervision";
    /// <summary>A monitoring survey's results breach a limit (homework minutes by grade).</summary>
    public const string Survey = "survey";
    public static readonly string[] All = [Inspection, Complaint, SelfAssessment, PublicOpinion, Manual, Supervision, Survey];

    public static string Label(string source) => source switch
    {
        Inspection => "督导检查",
        Complaint => "举报投诉",
        SelfAssessment => "自查自评",
        PublicOpinion => "舆情",
        Manual => "手工录入",
        Supervision => "日常监管",
        Survey => "问卷监测",
        _ => source,
    };
}

public static class ProblemSeverities
{
    public const string Low = "low";
    public const string Medium = "medium";
    public const string High = "high";
    public static readonly string[] All = [Low, Medium, High];

    public static string Label(string severity) => severity switch { Low => "一般", Medium => "较重", High => "严重", _ => severity };
}
