using System.Text.Json.Nodes;
using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Campaigns.Domain;
using Dudao.Modules.Campaigns.Targeting;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Campaigns.Draws;

/// <summary>
/// Freezes a draw's pools from the registry as the caller sees it: the filtered targets, the inspectors of
/// the chosen levels, each target's 挂牌责任督学 and the declared conflicts. Adds field errors to
/// <paramref name="errors"/>; the caller throws them.
/// </summary>
public sealed class DrawPool(AppDbContext db, TargetingService targeting)
{
    public static readonly string[] Levels = [RegionCodes.County, RegionCodes.City, RegionCodes.Province];

    public async Task<(List<DrawTarget> Targets, List<DrawInspector> Inspectors, List<DrawConflict> Conflicts, Dictionary<string, JsonNode?> Filter)> BuildAsync(
        string region, string targetKind, DrawFilterInput filter, List<string> levels, List<RecusalInput> recusals, ValidationErrors errors, CancellationToken ct)
    {
        var saved = new Dictionary<string, JsonNode?>();
        var targets = await TargetsAsync(region, targetKind, filter, saved, ct);
        if (filter.RankedMonth is { Length: > 0 } || filter.Top is not null)
        {
            if (filter.Top is not (>= 1 and <= 500))
            {
                errors.Add("targetFilter.top", "风险排序前N名应为1至500");
            }
            else if (RegionCodes.LevelOf(region) != RegionCodes.County)
            {
                errors.Add("targetFilter.rankedMonth", "按风险排序抽取时，抽取范围应为一个区县");
            }
            else
            {
                var month = targeting.MonthOrNext(filter.RankedMonth);
                var top = (await targeting.TopAsync(region, month, filter.Top.Value, targetKind, ct)).ToHashSet();
                targets = [.. targets.Where(t => top.Contains(t.Id))];
                (saved["rankedMonth"], saved["top"]) = (month, filter.Top.Value);
            }
        }

        var ancestors = RegionCodes.Ancestry(region);
        var inspectors = (await db.Set<Inspector>().AsNoTracking().InRegion(region).Select(i => new DrawInspector(i.Id, i.Name, i.RegionCode)).ToListAsync(ct))
            .Concat(await db.Set<Inspector>().AsNoTracking().Where(i => ancestors.Contains(i.RegionCode) && i.RegionCode != region)
                .Select(i => new DrawInspector(i.Id, i.Name, i.RegionCode)).ToListAsync(ct))
            .Where(i => levels.Contains(RegionCodes.LevelOf(i.RegionCode))).ToList();

        var targetIds = targets.Select(t => t.Id).ToList();
        var inspectorIds = inspectors.Select(i => i.Id).ToList();
        // Past the scope on purpose: an assignment is scoped with its inspector's county, and every one binding the pool must count.
        var conflicts = await db.Set<Assignment>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.TargetKind == targetKind && targetIds.Contains(a.TargetId) && inspectorIds.Contains(a.InspectorId))
            .Select(a => new DrawConflict(a.InspectorId, a.TargetId, DrawConflicts.Assigned)).Distinct().ToListAsync(ct);
        for (var i = 0; i < recusals.Count; i++)
        {
            var r = recusals[i];
            var inspector = Pick(inspectors.Select(x => (x.Id, x.Name)), r.Inspector);
            var target = Pick(targets.Select(x => (x.Id, x.Name)), r.Target);
            var reason = r.Reason?.Trim() switch { "工作单位" or "本人工作单位" => DrawConflicts.Workplace, "回避" or "申请回避" => DrawConflicts.Recused, var x => x };
            if (inspector is null) errors.Add($"recusals[{i}].inspector", $"第{i + 1}条回避：督学“{r.Inspector}”不在本次抽取的督学库中（或重名，请用编号）");
            if (target is null) errors.Add($"recusals[{i}].target", $"第{i + 1}条回避：对象“{r.Target}”不在本次抽取的对象库中（或重名，请用编号）");
            errors.AddIf($"recusals[{i}].reason", Check.OneOfCodes(reason, DrawConflicts.Declared, $"第{i + 1}条回避的理由"));
            if (inspector is not null && target is not null && reason is not null && DrawConflicts.Declared.Contains(reason))
                conflicts.Add(new DrawConflict(inspector, target, reason));
        }
        return (targets, inspectors, conflicts.Distinct().ToList(), saved);
    }

    /// <summary>An id of the pool, or a name that only one member of the pool has.</summary>
    private static string? Pick(IEnumerable<(string Id, string Name)> pool, string? wanted)
    {
        var w = wanted?.Trim();
        if (string.IsNullOrEmpty(w)) return null;
        var list = pool.ToList();
        if (list.Any(p => p.Id == w)) return w;
        var named = list.Where(p => p.Name == w).ToList();
        return named.Count == 1 ? named[0].Id : null;
    }

    /// <summary>The visible targets of the kind in the region that pass the filter; what the filter used goes into <paramref name="saved"/>.</summary>
    public Task<List<DrawTarget>> TargetsAsync(string region, string targetKind, DrawFilterInput filter, Dictionary<string, JsonNode?> saved, CancellationToken ct) =>
        targetKind == Assignment.SchoolTarget ? SchoolsAsync(region, filter, saved, ct) : InstitutionsAsync(region, filter, saved, ct);

    private async Task<List<DrawTarget>> SchoolsAsync(string region, DrawFilterInput filter, Dictionary<string, JsonNode?> saved, CancellationToken ct)
    {
        var schools = db.Set<School>().AsNoTracking().InRegion(region);
        if (filter.Zone?.Trim() is { Length: > 0 } zone)
        {
            schools = schools.Where(s => s.Zone == zone);
            saved["zone"] = zone;
        }
        var types = (filter.Types ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct().Order(StringComparer.Ordinal).ToList();
        if (types.Count > 0)
        {
            foreach (var t in types) ValidationFailedException.ThrowIf("targetFilter.types", Check.OneOf(t, School.Types, "学段（学校类型）"));
            schools = schools.Where(s => types.Contains(s.Type));
            saved["types"] = new JsonArray([.. types.Select(t => (JsonNode)JsonValue.Create(t))]);
        }
        return await schools.Select(s => new DrawTarget(s.Id, s.Name, s.RegionCode)).ToListAsync(ct);
    }

    private async Task<List<DrawTarget>> InstitutionsAsync(string region, DrawFilterInput filter, Dictionary<string, JsonNode?> saved, CancellationToken ct)
    {
        // Only operating institutions are inspected; closed, cancelled or banned ones have no premises to visit.
        var institutions = db.Set<Institution>().AsNoTracking().InRegion(region).Where(i => i.Status == Institution.Normal);
        if (filter.Category?.Trim() is { Length: > 0 } category)
        {
            ValidationFailedException.ThrowIf("targetFilter.category", Check.OneOf(category, Institution.Categories, "机构类别"));
            institutions = institutions.Where(i => i.Category == category);
            saved["category"] = category;
        }
        if (filter.Kind?.Trim() is { Length: > 0 } kind)
        {
            ValidationFailedException.ThrowIf("targetFilter.kind", Check.OneOf(kind, Institution.Kinds, "机构细类"));
            institutions = institutions.Where(i => i.Kind == kind);
            saved["kind"] = kind;
        }
        return await institutions.Select(i => new DrawTarget(i.Id, i.Name, i.RegionCode)).ToListAsync(ct);
    }
}
