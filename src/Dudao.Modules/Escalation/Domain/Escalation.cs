using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data.Audit;
using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Escalation.Domain;

/// <summary>
/// A step of pressure on a unit that does not fix its problems (通报 → 约谈 → 挂牌督办 → 问责 →
/// 曝光), or a commendation (通报表扬). The fields that matter depend on the level; an exposure is
/// shown to the public only once an office publishes it.
/// </summary>
public sealed class EscalationRecord : ITargetScoped, IVersioned, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    /// <summary>One of <see cref="TargetKinds"/>.</summary>
    public string TargetKind { get; init; } = "";

    /// <summary>The school, institution or department id, or the region code; "" for a person or a unit outside the registries.</summary>
    public string TargetId { get; init; } = "";
    public string TargetName { get; init; } = "";

    /// <summary>A person's unit (and post): "某小学 教师".</summary>
    public string? TargetUnit { get; init; }
    public string Level { get; init; } = "";
    public string Reason { get; init; } = "";
    public DateOnly DecidedOn { get; init; }

    /// <summary>Notice and commendation: written (书面) or oral (口头).</summary>
    public string? NoticeForm { get; init; }

    public DateTime? InterviewAt { get; init; }
    public string? InterviewPlace { get; init; }
    public string? InterviewAttendees { get; init; }
    public string? InterviewMinutes { get; init; }

    /// <summary>
    /// Listed supervision (挂牌督办): what must be done by when, and the written reply — filed by the
    /// target unit itself, or recorded by the office for a target without accounts. <see cref="RepliedAt"/>
    /// is when the reply was first filed, which decides whether it came in time.
    /// </summary>
    public string? Requirement { get; init; }
    public DateOnly? Deadline { get; init; }
    public string? Reply { get; set; }
    public DateTime? RepliedAt { get; set; }
    public string? RepliedBy { get; set; }

    /// <summary>Accountability (问责) under 《教育督导问责办法》: the form, and whether a unit or a person is held to account.</summary>
    public string? AccountabilityForm { get; init; }
    public string? AccountableKind { get; init; }
    public string? AccountableName { get; init; }

    /// <summary>Exposure: the decision as the public reads it, and whether (and when) it was published.</summary>
    public string? PublicDecision { get; set; }
    public DateTime? PublishedAt { get; set; }

    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public int Version { get; set; }

    public string TargetDisplay => TargetKinds.Display(TargetName, TargetUnit);

    /// <summary>A listed supervision whose reply came after its deadline, or has not come and the deadline has passed (days in Asia/Shanghai).</summary>
    public bool IsReplyOverdue(DateOnly today) =>
        Level == EscalationLevels.Listed && Deadline is { } deadline
        && (RepliedAt is { } at ? DateOnly.FromDateTime(ChinaTime.ToLocal(at)) > deadline : today > deadline);
}

/// <summary>Which problems an escalation is about.</summary>
public sealed class EscalationProblem
{
    public string EscalationId { get; init; } = "";
    public string ProblemId { get; init; } = "";
}

/// <summary>A complaint behind an escalation (a report about the same target).</summary>
public sealed class EscalationComplaint
{
    public string EscalationId { get; init; } = "";
    public string ComplaintId { get; init; } = "";
}

public static class EscalationLevels
{
    public const string Notice = "notice";
    public const string Interview = "interview";
    public const string Listed = "listed";
    public const string Accountability = "accountability";
    public const string Exposure = "exposure";
    public const string Commendation = "commendation";
    public static readonly string[] All = [Notice, Interview, Listed, Accountability, Exposure, Commendation];

    public static string Label(string level) => level switch
    {
        Notice => "通报",
        Interview => "约谈",
        Listed => "挂牌督办",
        Accountability => "问责",
        Exposure => "曝光",
        Commendation => "通报表扬",
        _ => level,
    };

    /// <summary>How strong the pressure is; a commendation is none.</summary>
    public static int Rank(string level) => Array.IndexOf([Notice, Interview, Listed, Accountability, Exposure], level);

    public static readonly string[] NoticeForms = ["书面", "口头"];

    /// <summary>The forms of 《教育督导问责办法》 for units and for persons.</summary>
    public static readonly string[] AccountabilityForms = ["公开批评", "约谈", "通报批评", "责令限期整改", "诫勉", "组织处理", "建议给予处分"];

    public static readonly string[] AccountableKinds = ["unit", "person"];

    public static string AccountableKindLabel(string? kind) => kind == "person" ? "责任人" : "责任单位";
}
