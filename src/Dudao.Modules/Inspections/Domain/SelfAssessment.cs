using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Inspections.Domain;

/// <summary>A round of self-assessment (自查/自评) an office opens for its schools or institutions on one template.</summary>
public sealed class SelfAssessmentRound : IRegionScoped, IVersioned, IAudited
{
    public string Id { get; init; } = Core.Ids.New();

    /// <summary>The region of the office that opened it.</summary>
    public string RegionCode { get; init; } = "";
    public string Name { get; set; } = "";
    public string TemplateId { get; init; } = "";
    public string TargetKind { get; init; } = "";
    public DateOnly Deadline { get; set; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public int Version { get; set; }
}

/// <summary>One target's self-assessment in a round: its own score per item, with evidence notes.</summary>
public sealed class SelfAssessment : ITargetScoped, IVersioned, IAudited
{
    public const string Pending = "pending";
    public const string Submitted = "submitted";
    public const int SummaryMax = 4000;

    public string Id { get; init; } = Core.Ids.New();
    public string RoundId { get; init; } = "";

    /// <summary>The target's county.</summary>
    public string RegionCode { get; init; } = "";
    public string TargetKind { get; init; } = "";
    public string TargetId { get; init; } = "";
    public string TargetName { get; init; } = "";
    public string Status { get; set; } = Pending;

    /// <summary>JSON <see cref="ItemResult"/>[]; the note is the evidence.</summary>
    public string Results { get; set; } = "[]";
    public DateTime? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }

    /// <summary>自查小结: 工作开展情况, kept once the target edits its pre-filled draft (null until then).</summary>
    public string? SummaryWork { get; set; }

    /// <summary>自查小结: 亮点.</summary>
    public string? SummaryHighlights { get; set; }

    /// <summary>自查小结: 问题和不足.</summary>
    public string? SummaryProblems { get; set; }

    /// <summary>自查小结: 下一步打算.</summary>
    public string? SummaryNextSteps { get; set; }
    public DateTime? SummarySavedAt { get; set; }
    public int Version { get; set; }

    public IReadOnlyList<ItemResult> ResultList => ItemResult.Parse(Results);
}
