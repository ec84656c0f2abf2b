using System.Text.Json.Serialization;
using Dudao.Modules.Indicators.Domain;
using Dudao.Modules.Indicators.Scoring;

namespace Dudao.Modules.Indicators.Templates;

/// <param name="RegionCode">The region whose copy this is; null for a built-in national template.</param>
public sealed record TemplateDto(string Id, string Key, string Name, int Year, string TargetKind, string? RegionCode, bool BuiltIn, string? BasedOnId)
{
    public static TemplateDto From(IndicatorTemplate t) =>
        new(t.Id, t.Key, t.Name, t.Year, t.TargetKind, t.OwnerRegion.Length == 0 ? null : t.OwnerRegion, t.BuiltIn, t.BasedOnId);
}

public sealed record ScoringDto(
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Max,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Limit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Unit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<BandDto>? Limits);

/// <param name="AppliesTo">For a C item, whom it is checked on: school, institution, government.</param>
public sealed record NodeDto(
    string Code,
    string Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Guidance,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ScoringDto? Scoring,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? AppliesTo,
    IReadOnlyList<NodeDto> Children);

public sealed record TemplateDetailDto(string Id, string Key, string Name, int Year, string TargetKind, string? RegionCode, bool BuiltIn,
    int Version, IReadOnlyList<NodeDto> Nodes);

/// <summary>
/// A loaded template: its tree, and its C items in order with their scoring rules, for checking results.
/// <see cref="For"/> narrows it to one kind of target: only the items that apply to it, under the
/// headings that still hold one.
/// </summary>
public sealed class TemplateTree
{
    private readonly IReadOnlyList<IndicatorBand> _bands;
    private readonly HashSet<string> _shown = [];

    public TemplateTree(IndicatorTemplate template, IReadOnlyList<IndicatorNode> nodes, IReadOnlyList<IndicatorBand> bands, string? targetKind = null)
    {
        Template = template;
        Nodes = nodes;
        TargetKind = targetKind;
        _bands = bands;
        Items = nodes.Where(n => n.IsItem && n.ScoringKind is not null && (targetKind is null || n.AppliesToKind(targetKind)))
            .Select(n => (n, ScoringRule.Of(n, bands)!)).ToList();
        foreach (var (item, _) in Items)
        {
            _shown.Add(item.Code);
            for (var parent = Find(item.ParentCode); parent is not null && _shown.Add(parent.Code); parent = Find(parent.ParentCode)) { }
        }
    }

    public IndicatorTemplate Template { get; }

    /// <summary>Every node, also the items of other targets, so that any recorded result still finds its title.</summary>
    public IReadOnlyList<IndicatorNode> Nodes { get; }

    /// <summary>The target kind the tree is narrowed to (<see cref="IndicatorTargets"/>); null for the whole template.</summary>
    public string? TargetKind { get; }

    /// <summary>The C items to answer, in order: all of them, or those that apply to <see cref="TargetKind"/>.</summary>
    public IReadOnlyList<(IndicatorNode Node, ScoringRule Rule)> Items { get; }

    public TemplateTree For(string targetKind) => new(Template, Nodes, _bands, targetKind);

    public IndicatorNode? Find(string? code) => Nodes.FirstOrDefault(n => n.Code == code);

    public ScoringRule? RuleFor(string code) => Items.FirstOrDefault(i => i.Node.Code == code).Rule;

    /// <summary>Why a result for <paramref name="code"/> is refused: not an item at all, or an item for other targets.</summary>
    public string RefusalFor(string code) => Find(code) is { IsItem: true } other && TargetKind is { } kind
        ? $"指标 {code} 适用于{IndicatorTargets.Describe(other.AppliesTo)}，不适用于{IndicatorTargets.Label(kind)}"
        : $"指标“{code}”不是该指标体系的三级指标";

    /// <summary>The B heading above a node, used as a problem's category.</summary>
    public string CategoryOf(string? code)
    {
        var node = Find(code);
        while (node is not null && !node.Code.StartsWith('B')) node = Find(node.ParentCode);
        return node?.Title ?? "督导检查";
    }

    public IEnumerable<IndicatorNode> ChildrenOf(string? parent) =>
        Nodes.Where(n => n.ParentCode == parent && (TargetKind is null || _shown.Contains(n.Code))).OrderBy(n => n.Position);

    public TemplateDetailDto ToDto() => new(Template.Id, Template.Key, Template.Name, Template.Year, Template.TargetKind,
        Template.OwnerRegion.Length == 0 ? null : Template.OwnerRegion, Template.BuiltIn, Template.Version, Build(null));

    private List<NodeDto> Build(string? parent) => ChildrenOf(parent).Select(n =>
    {
        var rule = RuleFor(n.Code);
        var scoring = rule is null ? null : new ScoringDto(rule.Kind, rule.Max, rule.Limit, rule.Unit, rule.Bands);
        return new NodeDto(n.Code, n.Title, n.Guidance, scoring, n.IsItem ? IndicatorTargets.Split(n.AppliesTo) : null, Build(n.Code));
    }).ToList();
}
