using System.Text.Json;
using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Returns.Domain;

public static class ReturnStatuses
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string SentBack = "sent-back";
    public const string Accepted = "accepted";

    public static string Label(string status) => status switch
    {
        Draft => "填报中",
        Submitted => "待审核",
        SentBack => "已退回",
        Accepted => "已通过",
        _ => status,
    };
}

/// <summary>
/// One unit's return for one form and period. The unit fills and submits it; the office above
/// (<see cref="ReviewerRegion"/>) sends it back with a reason or accepts it, which locks it; unlocking
/// starts a new <see cref="Revision"/> and keeps the accepted one in the history (<see cref="ReturnEvent"/>).
/// </summary>
public sealed class PeriodicReturn : ITargetScoped, IVersioned, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string FormId { get; init; } = "";
    public string Period { get; init; } = "";

    /// <summary>The unit's county (an office's own region).</summary>
    public string RegionCode { get; init; } = "";

    /// <summary>One of <see cref="FillerKinds"/>.</summary>
    public string TargetKind { get; init; } = "";

    /// <summary>The school, institution or department id; the region code for an office.</summary>
    public string TargetId { get; init; } = "";
    public string TargetName { get; init; } = "";

    /// <summary>The region of the office that reviews it: the unit's county, or for an office the form's region.</summary>
    public string ReviewerRegion { get; init; } = "";
    public string Status { get; set; } = ReturnStatuses.Draft;

    /// <summary>Field key → value as stored (JSON object of strings).</summary>
    public string Data { get; set; } = "{}";
    public int Revision { get; set; } = 1;
    public DateOnly DueOn { get; init; }

    /// <summary>The first submission, which decides timeliness; a send-back and a later resubmission do not move it.</summary>
    public DateTime? FirstSubmittedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }
    public string? SendBackReason { get; set; }
    public DateTime CreatedAt { get; init; }
    public int Version { get; set; }

    public bool IsIn => Status is ReturnStatuses.Submitted or ReturnStatuses.Accepted;

    public bool OnTime => FirstSubmittedAt is { } at && DateOnly.FromDateTime(Core.Time.ChinaTime.ToLocal(at)) <= DueOn;

    public IReadOnlyDictionary<string, string> ValueMap => ParseValues(Data);

    public static IReadOnlyDictionary<string, string> ParseValues(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    public static string WriteValues(IReadOnlyDictionary<string, string> values) => JsonSerializer.Serialize(values);
}

/// <summary>A step in a return's history: submitted, sent back (with the reason), accepted (with the values accepted), unlocked.</summary>
public sealed class ReturnEvent
{
    public const string Submit = "submit";
    public const string SendBack = "send-back";
    public const string Accept = "accept";
    public const string Unlock = "unlock";

    public string Id { get; init; } = Core.Ids.New();
    public string ReturnId { get; init; } = "";
    public string Action { get; init; } = "";
    public int Revision { get; init; }
    public string? Reason { get; init; }

    /// <summary>The values at this step (JSON), so an accepted revision stays readable after it is unlocked.</summary>
    public string Data { get; init; } = "{}";
    public DateTime At { get; init; }
    public string Actor { get; init; } = "";

    public static string Label(string action) => action switch
    {
        Submit => "提交",
        SendBack => "退回",
        Accept => "审核通过",
        Unlock => "解锁更正",
        _ => action,
    };
}
