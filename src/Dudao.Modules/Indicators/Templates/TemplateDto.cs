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

public sealed record NodeDto(
    string Code,
    string Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Guidance,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ScoringDto? Scoring,
    IReadOnlyList<NodeDto> Children);

public sealed record TemplateDetailDto(string Id, string Key, string Name, int Year, string TargetKind, string? RegionCode, bool BuiltIn,
    int Version, IReadOnlyList<NodeDto> Nodes);

/// <summary>A loaded template: its tree, and its C items in order with their scoring rules, for checking results.</summary>
public sealed class TemplateTree(IndicatorTemplate template, IReadOnlyList<IndicatorNode> nodes, IReadOnlyList<IndicatorBand> bands)
{
    public IndicatorTemplate Template { get; } = template;
    public IReadOnlyList<IndicatorNode> Nodes { get; } = nodes;

    public IReadOnlyList<(IndicatorNode Node, ScoringRule Rule)> Items { get; } =
        nodes.Where(n => n.IsItem && n.ScoringKind is not null).Select(n => (n, ScoringRule.Of(n, bands)!)).ToList();

    public IndicatorNode? Find(string? code) => Nodes.FirstOrDefault(n => n.Code == code);

    public ScoringRule? RuleFor(string code) => Items.FirstOrDefault(i => i.Node.Code == code).Rule;

    /// <summary>The B heading above a node, used as a problem's category.</summary>
    public string CategoryOf(string? code)
    {
        var node = Find(code);
        while (node is not null && !node.Code.StartsWith('B')) node = Find(node.ParentCode);
        return node?.Title ?? "督导检查";
    }

    public IEnumerable<IndicatorNode> ChildrenOf(string? parent) => Nodes.Where(n => n.ParentCode == parent).OrderBy(n => n.Position);

    public TemplateDetailDto ToDto() => new(Template.Id, Template.Key, Template.Name, Template.Year, Template.TargetKind,
        Template.OwnerRegion.Length == 0 ? null : Template.OwnerRegion, Template.BuiltIn, Template.Version, Build(null));

    private List<NodeDto> Build(string? parent) => ChildrenOf(parent).Select(n =>
    {
        var rule = RuleFor(n.Code);
        var scoring = rule is null ? null : new ScoringDto(rule.Kind, rule.Max, rule.Limit, rule.Unit, rule.Bands);
        return new NodeDto(n.Code, n.Title, n.Guidance, scoring, Build(n.Code));
    }).ToList();
}
