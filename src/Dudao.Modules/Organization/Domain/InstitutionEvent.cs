using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Organization.Domain;

/// <summary>
/// One dated step in an institution's life: its registration, a change of status or licence, an
/// unlicensed operation found (黑机构) or a change of name, address or scope (变更). The date is when it
/// happened (<see cref="OccurredOn"/>), which the 压减 figures count by, not when it was recorded.
/// </summary>
public sealed class InstitutionEvent : ITargetScoped, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";

    /// <summary>The institution.</summary>
    public string TargetId { get; init; } = "";

    public string Kind { get; init; } = "";

    /// <summary>The status or licence before (null for a registration); for a 变更, the category before when it changed.</summary>
    public string? FromState { get; init; }

    /// <summary>The status or licence after; for a 变更, the category after when it changed; null for a 黑机构 finding.</summary>
    public string? ToState { get; init; }

    /// <summary>
    /// The institution's status, licence and category just before the step (null for a registration), kept on the
    /// row so that a figure of the step (取缔 of 无证无照, a subject-type exit) needs no replay of the history.
    /// </summary>
    public string? StatusBefore { get; init; }

    /// <inheritdoc cref="StatusBefore"/>
    public string? LicenceBefore { get; init; }

    /// <inheritdoc cref="StatusBefore"/>
    public string? CategoryBefore { get; init; }

    public DateOnly OccurredOn { get; init; }
    public string Reason { get; init; } = "";

    /// <summary>What a 变更 changed, as people read it ("名称：甲 → 乙").</summary>
    public string? Details { get; init; }

    /// <summary>The stored file of the decision (批复, 决定书), if one was attached.</summary>
    public string? DocumentId { get; init; }

    public DateTime RecordedAt { get; init; }
    public string RecordedBy { get; init; } = "";
}

public static class InstitutionEventKinds
{
    public const string Register = "register";
    public const string Status = "status";
    public const string Licence = "licence";
    public const string Found = "found";
    public const string Change = "change";

    public static string Label(InstitutionEvent e) => e.Kind switch
    {
        Register => $"登记（{e.ToState}）",
        Status or Licence => $"{e.FromState} → {e.ToState}",
        Found => InstitutionLifecycle.Found,
        Change => InstitutionLifecycle.Change,
        _ => e.Kind,
    };
}
