using Dudao.Core.Paging;
using Dudao.Core.Scope;
using Dudao.Modules.Organization.Regions;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.Registry;

/// <summary>Query steps the registry lists share.</summary>
internal static class RegistryQueries
{
    /// <summary>Counts, takes one page of an ordered query and maps each row with its county's name.</summary>
    public static async Task<PagedList<TDto>> ToPageAsync<T, TDto>(this IQueryable<T> ordered, PageRequest page,
        RegionDirectory regions, Func<T, string?, TDto> map, CancellationToken ct) where T : class, IRegionScoped
    {
        var total = await ordered.CountAsync(ct);
        var rows = await ordered.Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var items = new List<TDto>(rows.Count);
        foreach (var row in rows) items.Add(map(row, await regions.NameAsync(row.RegionCode, ct)));
        return new PagedList<TDto>(items, total, page.Page, page.PageSize);
    }
}
