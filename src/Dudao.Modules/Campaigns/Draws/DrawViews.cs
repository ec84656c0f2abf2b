using System.Text.Json.Nodes;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Campaigns.Domain;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Campaigns.Draws;

public sealed record NamedRef(string Id, string Name, string RegionCode);

public sealed record DrawFilterItem(string Key, string Label, string Value);

public sealed record DrawConflictView(string InspectorId, string InspectorName, string TargetId, string TargetName, string Reason, string ReasonLabel);

/// <summary>What followed for a drawn target: visits recorded since the draw ran, and the problems they found.</summary>
public sealed record DrawOutcome(int Visits, DateOnly? LastVisitOn, int Problems);

public sealed record DrawPairView(string TargetId, string TargetName, IReadOnlyList<NamedRef> Inspectors, DrawOutcome Outcome);

/// <summary>A draw as published: the announcement, the frozen pools with names, the seed, the result with names and its outcomes.</summary>
public sealed record DrawView(string Id, string RegionCode, string RegionName, string Title, string Status, string TargetKind, int TargetCount,
    int InspectorCount, DateOnly SeedFixedOn, string? SeedSource, string? Seed, string Algorithm, string InputsHash, IReadOnlyList<DrawFilterItem> Filter,
    IReadOnlyList<NamedRef> PoolTargets, IReadOnlyList<NamedRef> PoolInspectors, IReadOnlyList<DrawConflictView> Conflicts,
    IReadOnlyList<DrawPairView> Pairs, DateTime CreatedAt, DateTime? RunAt, string InputUrl, string? ResultUrl);

/// <summary>Builds the published view of a draw; reads outcomes past the scope, as the public page shows them to anyone.</summary>
internal static class DrawViews
{
    private static readonly Dictionary<string, string> FilterLabels = new()
    {
        ["zone"] = "督导责任区", ["types"] = "学段", ["category"] = "机构类别", ["kind"] = "机构细类", ["rankedMonth"] = "风险排序月份", ["top"] = "风险排序前N名",
    };

    public static async Task<DrawView> BuildAsync(AppDbContext db, RegionDirectory regions, Draw draw, CancellationToken ct)
    {
        var doc = DrawDocument.Parse(draw.Input);
        var targetNames = doc.Targets.ToDictionary(t => t.Id, t => t.Name);
        var inspectorNames = doc.Inspectors.ToDictionary(i => i.Id, i => i.Name);
        var inspectorRegions = doc.Inspectors.ToDictionary(i => i.Id, i => i.RegionCode);
        var result = draw.Result is null ? null : DrawResult.Parse(draw.Result);
        var outcomes = result is null ? [] : await OutcomesAsync(db, result.Targets, DateOnly.FromDateTime(ChinaTime.ToLocal(draw.RunAt!.Value)), ct);
        var pairs = result?.Pairs.Select(p => new DrawPairView(p.TargetId, targetNames.GetValueOrDefault(p.TargetId, p.TargetId),
            [.. p.InspectorIds.Select(i => new NamedRef(i, inspectorNames.GetValueOrDefault(i, i), inspectorRegions.GetValueOrDefault(i, "")))],
            outcomes.GetValueOrDefault(p.TargetId, new DrawOutcome(0, null, 0)))).ToList() ?? [];
        return new DrawView(draw.Id, draw.RegionCode, await regions.NameAsync(draw.RegionCode, ct) ?? draw.RegionCode, draw.Title, draw.Status, draw.TargetKind,
            draw.TargetCount, draw.InspectorCount, draw.SeedFixedOn, draw.SeedSource, draw.Seed, draw.Algorithm, draw.InputsHash,
            [.. doc.Filter.Select(f => new DrawFilterItem(f.Key, FilterLabels.GetValueOrDefault(f.Key, f.Key), FilterText(f.Value)))],
            [.. doc.Targets.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => new NamedRef(t.Id, t.Name, t.RegionCode))],
            [.. doc.Inspectors.OrderBy(i => i.Name, StringComparer.Ordinal).Select(i => new NamedRef(i.Id, i.Name, i.RegionCode))],
            [.. doc.Conflicts.Select(c => new DrawConflictView(c.InspectorId, inspectorNames.GetValueOrDefault(c.InspectorId, c.InspectorId), c.TargetId,
                targetNames.GetValueOrDefault(c.TargetId, c.TargetId), c.Reason, DrawConflicts.Label(c.Reason)))],
            pairs, draw.CreatedAt, draw.RunAt, $"/api/public/draws/{draw.Id}/input", result is null ? null : $"/api/public/draws/{draw.Id}/result");
    }

    private static string FilterText(JsonNode? value) => value switch
    {
        JsonArray a => string.Join("、", a.Select(v => v?.ToString())),
        null => "",
        _ => value.ToString(),
    };

    private static async Task<Dictionary<string, DrawOutcome>> OutcomesAsync(AppDbContext db, IReadOnlyList<string> targets, DateOnly since, CancellationToken ct)
    {
        var ids = targets.ToList();
        var visits = await db.Set<Visit>().IgnoreQueryFilters().AsNoTracking().Where(v => ids.Contains(v.TargetId) && v.Date >= since)
            .Select(v => new { v.Id, v.TargetId, v.Date }).ToListAsync(ct);
        var visitIds = visits.Select(v => v.Id).ToList();
        var problems = await db.Set<Problem>().IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.Source == ProblemSources.Inspection && p.SourceId != null && visitIds.Contains(p.SourceId))
            .GroupBy(p => p.TargetId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return visits.GroupBy(v => v.TargetId).ToDictionary(g => g.Key, g => new DrawOutcome(g.Count(), g.Max(v => v.Date), problems.GetValueOrDefault(g.Key)));
    }
}
