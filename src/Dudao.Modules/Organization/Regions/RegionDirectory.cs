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
/// county codes row by row during imports without a query per row.
/// </summary>
public sealed class RegionDirectory(IServiceScopeFactory scopes)
{
    private Dictionary<string, Region>? _byCode;

    public async Task<Region?> FindAsync(string? code, CancellationToken ct)
    {
        if (code is null) return null;
        var all = await LoadAsync(ct);
        return all.GetValueOrDefault(code);
    }

    public async Task<string?> NameAsync(string code, CancellationToken ct) => (await FindAsync(code, ct))?.Name;

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

    /// <summary>The regions a caller may pick, in code order: the scope's region and everything below it.</summary>
    public async Task<IReadOnlyList<Region>> InScopeAsync(DataScope scope, bool countiesOnly, CancellationToken ct) =>
        (await LoadAsync(ct)).Values
            .Where(r => scope.Covers(r.Code) && (!countiesOnly || r.Level == RegionCodes.County))
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
        if (map.Count > 0) _byCode = map;
        return map;
    }
}
