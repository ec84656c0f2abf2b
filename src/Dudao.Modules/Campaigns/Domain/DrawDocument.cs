using System.Globalization;
using System.Text.Json.Nodes;

namespace Dudao.Modules.Campaigns.Domain;

public sealed record DrawTarget(string Id, string Name, string RegionCode);

public sealed record DrawInspector(string Id, string Name, string RegionCode);

/// <param name="Reason"><see cref="DrawConflicts.Assigned"/>, <see cref="DrawConflicts.Workplace"/> or <see cref="DrawConflicts.Recused"/>.</param>
public sealed record DrawConflict(string InspectorId, string TargetId, string Reason);

public static class DrawConflicts
{
    /// <summary>挂牌责任督学 of the target (from the registry's assignments).</summary>
    public const string Assigned = "assigned";

    /// <summary>The inspector works at the target (declared with the draw: the registry keeps no workplace).</summary>
    public const string Workplace = "workplace";

    /// <summary>Any other 回避 the office declares.</summary>
    public const string Recused = "recused";

    public static readonly string[] Declared = [Workplace, Recused];

    public static string Label(string reason) => reason switch
    {
        Assigned => "挂牌责任督学",
        Workplace => "本人工作单位",
        Recused => "申请回避",
        _ => reason,
    };
}

/// <summary>
/// A draw's input document: the pool snapshot with names, counts, exclusions and the day the seed is
/// fixed. Its canonical text (<see cref="CanonicalJson"/>) is what is published, hashed and recomputed;
/// lists are sorted by id so the same pool always gives the same bytes.
/// </summary>
/// <param name="Filter">The filter that produced the target pool, as the office gave it (strings and whole numbers).</param>
public sealed record DrawDocument(string RegionCode, string Title, string TargetKind, IReadOnlyDictionary<string, JsonNode?> Filter,
    int TargetCount, int InspectorCount, DateOnly SeedFixedOn, string? SeedSource,
    IReadOnlyList<DrawTarget> Targets, IReadOnlyList<DrawInspector> Inspectors, IReadOnlyList<DrawConflict> Conflicts)
{
    public string ToCanonicalJson()
    {
        var filter = new JsonObject();
        foreach (var (key, value) in Filter) filter[key] = value?.DeepClone();
        return CanonicalJson.Write(new JsonObject
        {
            ["algorithm"] = DrawAlgorithm.Name,
            ["conflicts"] = new JsonArray([.. Conflicts.OrderBy(c => c.InspectorId, StringComparer.Ordinal).ThenBy(c => c.TargetId, StringComparer.Ordinal)
                .ThenBy(c => c.Reason, StringComparer.Ordinal)
                .Select(c => (JsonNode)new JsonObject { ["inspectorId"] = c.InspectorId, ["reason"] = c.Reason, ["targetId"] = c.TargetId })]),
            ["inspectorCount"] = InspectorCount,
            ["inspectors"] = new JsonArray([.. Inspectors.OrderBy(i => i.Id, StringComparer.Ordinal)
                .Select(i => (JsonNode)new JsonObject { ["id"] = i.Id, ["name"] = i.Name, ["regionCode"] = i.RegionCode })]),
            ["regionCode"] = RegionCode,
            ["seedFixedOn"] = SeedFixedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["seedSource"] = SeedSource,
            ["targetCount"] = TargetCount,
            ["targetFilter"] = filter,
            ["targetKind"] = TargetKind,
            ["targets"] = new JsonArray([.. Targets.OrderBy(t => t.Id, StringComparer.Ordinal)
                .Select(t => (JsonNode)new JsonObject { ["id"] = t.Id, ["name"] = t.Name, ["regionCode"] = t.RegionCode })]),
            ["title"] = Title,
        });
    }

    /// <summary>Reads a published input document back (for the result and the public page).</summary>
    public static DrawDocument Parse(string canonical)
    {
        var o = JsonNode.Parse(canonical)!.AsObject();
        static string S(JsonNode? n) => n?.GetValue<string>() ?? "";
        return new DrawDocument(S(o["regionCode"]), S(o["title"]), S(o["targetKind"]),
            o["targetFilter"]!.AsObject().ToDictionary(p => p.Key, p => p.Value?.DeepClone()),
            o["targetCount"]!.GetValue<int>(), o["inspectorCount"]!.GetValue<int>(),
            DateOnly.ParseExact(S(o["seedFixedOn"]), "yyyy-MM-dd", CultureInfo.InvariantCulture), o["seedSource"]?.GetValue<string>(),
            [.. o["targets"]!.AsArray().Select(t => new DrawTarget(S(t!["id"]), S(t["name"]), S(t["regionCode"])))],
            [.. o["inspectors"]!.AsArray().Select(i => new DrawInspector(S(i!["id"]), S(i["name"]), S(i["regionCode"])))],
            [.. o["conflicts"]!.AsArray().Select(c => new DrawConflict(S(c!["inspectorId"]), S(c["targetId"]), S(c["reason"])))]);
    }

    /// <summary>The first target that has fewer than <see cref="InspectorCount"/> inspectors free of conflict, or null when every one can be paired.</summary>
    public DrawTarget? FirstUnpairable()
    {
        var conflicted = Conflicts.ToLookup(c => c.TargetId, c => c.InspectorId);
        return Targets.FirstOrDefault(t => Inspectors.Count(i => !conflicted[t.Id].Contains(i.Id)) < InspectorCount);
    }
}
