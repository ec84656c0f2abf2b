namespace Dudao.Modules.Platform.Rules;

/// <summary>
/// A configurable limit (homework minutes, SLA days, escalation thresholds …): a whole number with
/// a default from the policy documents and a sane range. Regions may override it for their subtree.
/// </summary>
public sealed record RuleDefinition(string Key, string Label, string Unit, int Default, int Min, int Max, string Module);

/// <summary>A module's rules; the catalog merges them.</summary>
public interface IRuleSet
{
    IEnumerable<RuleDefinition> Rules { get; }
}
