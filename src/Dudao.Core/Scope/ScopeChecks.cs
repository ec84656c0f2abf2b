using Dudao.Core.Errors;

namespace Dudao.Core.Scope;

public static class ScopeChecks
{
    /// <summary>
    /// The region a caller asks about (its own unit's when blank), if it lies in the caller's scope;
    /// 400 for a malformed code (<see cref="RegionFilter"/>), 404 otherwise, so settings of another region are neither shown nor confirmed to exist.
    /// </summary>
    public static string ReadableRegion(this ICurrentUser me, string? regionCode)
    {
        var code = RegionFilter.OrDefault(regionCode, me.RegionCode);
        if (!me.Scope.Covers(code)) throw DomainException.NotFound($"行政区划“{code}”");
        return code;
    }
}
