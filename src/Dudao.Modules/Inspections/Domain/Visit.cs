using System.Text.Json;
using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Inspections.Domain;

/// <summary>
/// One inspection visit (督导) of a school or an institution: its kind and methods, the result of
/// each checklist item, the on-the-spot feedback, and the report sections. Findings are problems on
/// the rectification ledger with this visit as their source. Every change after it is recorded is audited.
/// </summary>
public sealed class Visit : ITargetScoped, ITeamVisible, IVersioned, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";

    /// <summary>school | institution</summary>
    public string TargetKind { get; init; } = "";
    public string TargetId { get; init; } = "";
    public string TargetName { get; init; } = "";
    public DateOnly Date { get; set; }

    /// <summary>"yyyy-MM" of <see cref="Date"/>, the coverage month.</summary>
    public string Month { get; set; } = "";
    public string Kind { get; init; } = VisitKinds.Routine;

    /// <summary>Comma-separated <see cref="VisitMethods"/>.</summary>
    public string Methods { get; set; } = "";
    public string TemplateId { get; init; } = "";

    /// <summary>The inspector who made the visit; null when office staff recorded it for nobody in particular.</summary>
    public string? InspectorId { get; init; }
    public string? InspectorName { get; init; }
    public string? SpecialInspectionId { get; init; }

    /// <summary>基本情况.</summary>
    public string Summary { get; set; } = "";

    /// <summary>当场反馈: what the inspector told the school before leaving.</summary>
    public string? Feedback { get; set; }

    /// <summary>亮点.</summary>
    public string? Highlights { get; set; }

    /// <summary>整改要求 beyond the findings' deadlines.</summary>
    public string? Requirements { get; set; }

    /// <summary>建议.</summary>
    public string? Suggestions { get; set; }

    /// <summary>The checklist results as JSON (<see cref="ItemResult"/>[]): one row per visit keeps 2.3 million visits a year cheap to store and audit.</summary>
    public string Results { get; set; } = "[]";
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTime? UpdatedAt { get; set; }

    /// <summary>The school's (or institution's) acknowledgement of the visit record.</summary>
    public string? AcknowledgedBy { get; set; }
    public DateTime? AcknowledgedAt { get; set; }
    public int Version { get; set; }

    public IReadOnlyList<string> MethodList => Methods.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<ItemResult> ResultList => ItemResult.Parse(Results);
}

/// <summary>The answer for one C item, with the inspector's (or the school's) note.</summary>
public sealed record ItemResult(string Code, string Value, string? Note)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<ItemResult> Parse(string json) => JsonSerializer.Deserialize<List<ItemResult>>(json, Json) ?? [];

    public static string Serialize(IEnumerable<ItemResult> results) => JsonSerializer.Serialize(results.ToList(), Json);
}

public static class VisitKinds
{
    public const string Routine = "routine";
    public const string Special = "special";
    public const string Unannounced = "unannounced";
    public static readonly string[] All = [Routine, Special, "random", "cross", "joint", Unannounced, "follow-up"];

    /// <summary>The kinds a special inspection's visits may carry.</summary>
    public static readonly string[] OfPlans = [Special, Unannounced];

    public static string Label(string kind) => kind switch
    {
        Routine => "经常性督导",
        Special => "专项督导",
        "random" => "双随机抽查",
        "cross" => "交叉检查",
        "joint" => "联合督查",
        Unannounced => "四不两直",
        "follow-up" => "回头看",
        _ => kind,
    };
}

public static class VisitMethods
{
    /// <summary>听取汇报: never on an unannounced visit (不听汇报).</summary>
    public const string Briefing = "briefing";

    public static readonly string[] All = ["campus-patrol", "class-observation", "document-review", "questionnaire", "interview", Briefing];

    public static string Label(string method) => method switch
    {
        "campus-patrol" => "校园巡查",
        "class-observation" => "推门听课",
        "document-review" => "查阅资料",
        "questionnaire" => "问卷调查",
        "interview" => "走访座谈",
        Briefing => "听取汇报",
        _ => method,
    };
}
