using Dudao.Core.Errors;

namespace Dudao.Core.Scope;

/// <summary>
/// The <c>?regionCode=</c> filter of every list, export, statistic and page: empty means "no filter",
/// anything else must be a GB/T 2260 code of 6 or 9 ASCII digits, or the request is refused (400,
/// <c>errors.regionCode</c>) before a malformed prefix reaches a query.
/// </summary>
public static class RegionFilter
{
    public const string Field = "regionCode";

    /// <returns>The trimmed code, or null when none was given.</returns>
    public static string? Parse(string? regionCode)
    {
        if (string.IsNullOrWhiteSpace(regionCode)) return null;
        var code = regionCode.Trim();
        if (RegionCodes.IsWellFormed(code)) return code;
        // Echo the value only when it is short and printable: the message may land in a page or a log.
        var shown = code.Length <= 12 && !code.Any(char.IsControl) ? $"“{code}”" : "";
        throw ValidationFailedException.For(Field, $"行政区划代码{shown}应为6位或9位数字，如 500107");
    }

    /// <summary>The code given, or <paramref name="fallback"/> (usually the caller's own region) when none was.</summary>
    public static string OrDefault(string? regionCode, string fallback) => Parse(regionCode) ?? fallback;

    /// <summary>
    /// Records of the region and everything below it; all records when no code was given. The one
    /// region filter: services pass a user's <c>?regionCode=</c> or a code they already hold, never a hand-written prefix.
    /// </summary>
    public static IQueryable<T> InRegion<T>(this IQueryable<T> query, string? regionCode) where T : class, IRegionScoped
    {
        if (Parse(regionCode) is not { } code) return query;
        var prefix = RegionCodes.Prefix(code);
        return query.Where(e => e.RegionCode.StartsWith(prefix));
    }
}
