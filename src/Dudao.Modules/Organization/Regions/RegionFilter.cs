using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Scope;

namespace Dudao.Modules.Organization.Regions;

/// <summary>The <c>?regionCode=</c> filter of registry lists: that region and everything below it.</summary>
public static class RegionFilter
{
    public static IQueryable<T> Below<T>(this IQueryable<T> query, string? regionCode) where T : class, IRegionScoped
    {
        if (string.IsNullOrWhiteSpace(regionCode)) return query;
        if (!RegionCodes.IsWellFormed(regionCode)) throw ValidationFailedException.For("regionCode", $"行政区划代码“{regionCode}”应为6位或9位数字");
        var prefix = RegionCodes.Prefix(regionCode);
        return query.Where(e => e.RegionCode.StartsWith(prefix));
    }
}
