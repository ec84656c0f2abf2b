using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Complaints.Public;

public sealed record CountyGroup(string Label, IReadOnlyList<Region> Counties);

/// <summary>
/// The counties the public form offers, grouped by city: those with schools or institutions on
/// the registry (all counties while the registry is empty). Cached for ten minutes.
/// </summary>
public sealed class PublicCounties(IServiceScopeFactory scopes, RegionDirectory regions)
{
    private static readonly TimeSpan CacheLife = TimeSpan.FromMinutes(10);
    private IReadOnlyList<CountyGroup>? _groups;
    private long _loadedAt;

    public async Task<IReadOnlyList<CountyGroup>> GroupsAsync(CancellationToken ct)
    {
        if (_groups is { } cached && Environment.TickCount64 - _loadedAt < CacheLife.TotalMilliseconds) return cached;
        List<string> codes;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            codes = await db.Set<School>().IgnoreQueryFilters().Select(s => s.RegionCode)
                .Union(db.Set<Institution>().IgnoreQueryFilters().Select(i => i.RegionCode))
                .Distinct().ToListAsync(ct);
        }
        var counties = codes.Count > 0
            ? (await Task.WhenAll(codes.Select(c => regions.FindAsync(c, ct)))).OfType<Region>().ToList()
            : (await regions.CountiesAsync(DataScope.All, ct)).ToList();

        var groups = new List<CountyGroup>();
        foreach (var city in counties.GroupBy(c => c.Code[..4]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var province = await regions.NameAsync(city.Key[..2] + "0000", ct) ?? "";
            var cityName = await regions.NameAsync(city.Key + "00", ct);
            var label = cityName is null or "市辖区" or "县" or "省直辖县级行政区划" ? province : province + cityName;
            groups.Add(new CountyGroup(label, city.OrderBy(c => c.Code, StringComparer.Ordinal).ToList()));
        }
        _loadedAt = Environment.TickCount64;
        return _groups = groups;
    }
}
