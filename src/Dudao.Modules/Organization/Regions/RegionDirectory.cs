using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Organization.Regions;

/// <summary>
/// The region table in memory (it changes only with a new GB/T 2260 release), for validating
/// county codes row by row during imports without a query per row; and the region tree as people
/// name it, which every list of child regions follows (ADR-070).
/// </summary>
public sealed class RegionDirectory(IServiceScopeFactory scopes)
{
    /// <summary>直辖市: their 市辖区 / 县 level (500100, 500200 …) is a statistical grouping nobody names.</summary>
    public static readonly IReadOnlySet<string> Municipalities = new HashSet<string> { "110000", "120000", "310000", "500000" };

    private Dictionary<string, Region>? _byCode;
    private ILookup<string, Region>? _children;

    public async Task<Region?> FindAsync(string? code, CancellationToken ct)
    {
        if (code is null) return null;
        var all = await LoadAsync(ct);
        return all.GetValueOrDefault(code);
    }

    public async Task<string?> NameAsync(string code, CancellationToken ct) => (await FindAsync(code, ct))?.Name;

    /// <summary>True for a 直辖市's 市辖区 / 县 grouping, which the tree skips.</summary>
    public static bool IsSkipped(Region region) =>
        region.Level == RegionCodes.City && region.ParentCode is { } parent && Municipalities.Contains(parent);

    /// <summary>
    /// A region's children above township level, in code order, as people name them: a 直辖市's
    /// are its districts and counties, not its 市辖区 / 县 groupings (asked for by code, a grouping
    /// still lists its own). Empty for a county or an unknown code.
    /// </summary>
    public async Task<IReadOnlyList<Region>> ChildrenAsync(string code, CancellationToken ct)
    {
        await LoadAsync(ct);
        return _children?[code].ToList() ?? [];
    }

    /// <summary>The parent people name: 重庆市 (500000) for 九龙坡区, not its 市辖区 (500100).</summary>
    public async Task<string?> ParentCodeAsync(Region region, CancellationToken ct)
    {
        var parent = await FindAsync(region.ParentCode, ct);
        return parent is not null && IsSkipped(parent) ? parent.ParentCode : region.ParentCode;
    }

    /// <summary>Which of the region's named children holds <paramref name="countyCode"/>, or null when none does.</summary>
    public async Task<string?> ChildHoldingAsync(string regionCode, string countyCode, CancellationToken ct) =>
        (await ChildrenAsync(regionCode, ct)).FirstOrDefault(c => countyCode.StartsWith(RegionCodes.Prefix(c.Code), StringComparison.Ordinal))?.Code;

    /// <summary>The counties a caller may pick: those inside the scope, by code.</summary>
    public async Task<IReadOnlyList<Region>> CountiesAsync(DataScope scope, CancellationToken ct) =>
        (await LoadAsync(ct)).Values.Where(r => r.Level == RegionCodes.County && scope.Covers(r.Code)).OrderBy(r => r.Code).ToList();

    /// <summary>A Chinese message when the code is not an existing county, otherwise null.</summary>
    public async Task<string?> CheckCountyAsync(string? code, CancellationToken ct)
    {
        if (await CheckExistsAsync(code, ct) is { } error) return error;
        var region = (await FindAsync(code, ct))!;
        return region.Level == RegionCodes.County ? null : $"行政区划代码“{code}”（{region.Name}）不是区县级代码";
    }

    /// <summary>
    /// A Chinese message when the code is not an existing region (a county when <paramref name="county"/>
    /// is set, otherwise a province, city or county) or lies outside the caller's scope; otherwise null.
    /// </summary>
    public async Task<string?> CheckInScopeAsync(string? code, DataScope scope, bool county, CancellationToken ct)
    {
        var error = county ? await CheckCountyAsync(code, ct) : await CheckExistsAsync(code, ct);
        return error ?? Check.InScope(scope, code!);
    }

    /// <summary>The regions a caller may pick, in code order: the scope's region and everything below it, skipped groupings left out.</summary>
    public async Task<IReadOnlyList<Region>> InScopeAsync(DataScope scope, bool countiesOnly, CancellationToken ct) =>
        (await LoadAsync(ct)).Values
            .Where(r => scope.Covers(r.Code) && (countiesOnly ? r.Level == RegionCodes.County : !IsSkipped(r)))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();

    private async Task<string?> CheckExistsAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code)) return "行政区划代码不能为空";
        return await FindAsync(code, ct) is null ? $"行政区划代码“{code}”不存在" : null;
    }

    private async Task<Dictionary<string, Region>> LoadAsync(CancellationToken ct)
    {
        if (_byCode is { } loaded) return loaded;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.Set<Region>().AsNoTracking().Where(r => r.Level != RegionCodes.Township).ToListAsync(ct);
        // Not cached while the table is still empty (first start loads it).
        var map = rows.ToDictionary(r => r.Code);
        if (map.Count == 0) return map;
        _children = NamedChildren(map);
        _byCode = map;
        return map;
    }

    // A skipped grouping's children hang on its parent too (and stay its own, for whoever asks for it by code).
    private static ILookup<string, Region> NamedChildren(Dictionary<string, Region> map) =>
        map.Values.Where(r => r.ParentCode is not null).OrderBy(r => r.Code, StringComparer.Ordinal)
            .SelectMany(r => map.GetValueOrDefault(r.ParentCode!) is { } parent && IsSkipped(parent)
                ? new[] { (Parent: r.ParentCode!, Child: r), (Parent: parent.ParentCode!, Child: r) }
                : IsSkipped(r) ? [] : [(Parent: r.ParentCode!, Child: r)])
            .ToLookup(x => x.Parent, x => x.Child);
}
