namespace Dudao.Modules.Platform.Rules;

/// <summary>
/// A configurable limit (homework minutes, SLA days, escalation thresholds …): a whole number with
/// a default and a sane range, and where the default comes from (<see cref="RuleSource"/>; a rule that
/// names none is a local default). Regions may override it for their subtree.
/// </summary>
public sealed record RuleDefinition(string Key, string Label, string Unit, int Default, int Min, int Max, string Module, RuleSource? Source = null)
{
    public RuleSource Source { get; init; } = Source ?? RuleSource.Local();
}

/// <summary>A module's rules; the catalog merges them.</summary>
public interface IRuleSet
{
    IEnumerable<RuleDefinition> Rules { get; }
}
