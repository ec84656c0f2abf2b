using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Escalation.Domain;

/// <summary>
/// A rule's (or a department's) proposal to raise the pressure on a unit, for an office to confirm
/// (it then records the escalation) or dismiss. <see cref="Basis"/> names the facts that fired the rule, so the
/// same facts never suggest twice, dismissed or not; new facts suggest again.
/// </summary>
public sealed class EscalationSuggestion : ITargetScoped, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    public string TargetKind { get; init; } = "";
    public string TargetId { get; init; } = "";
    public string TargetName { get; init; } = "";
    public string? TargetUnit { get; init; }
    public string Level { get; init; } = "";
    public string Rule { get; init; } = "";
    public string Reason { get; init; } = "";
    public string Basis { get; init; } = "";

    /// <summary>Comma-separated ids of the problems behind it, to carry into the escalation.</summary>
    public string ProblemIds { get; init; } = "";
    public string Status { get; set; } = SuggestionStatuses.Pending;
    public DateTime CreatedAt { get; init; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecisionNote { get; set; }
    public string? EscalationId { get; set; }

    /// <summary>The account that proposed it (rule <see cref="Proposal"/>); null for the rules' own suggestions.</summary>
    public string? ProposedBy { get; init; }

    /// <summary>The <see cref="Rule"/> of a suggestion a person made rather than a rule.</summary>
    public const string Proposal = "proposal";
}

public static class SuggestionStatuses
{
    public const string Pending = "pending";
    public const string Confirmed = "confirmed";
    public const string Dismissed = "dismissed";

    public static string Label(string status) => status switch { Pending => "待处理", Confirmed => "已采纳", Dismissed => "已驳回", _ => status };
}
