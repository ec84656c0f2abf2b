using Dudao.Core.Scope;

namespace Dudao.Modules.Organization.Registry;

/// <summary>Input rules every registry record (school, institution) shares.</summary>
internal static class RegistryChecks
{
    public const int NameLength = 100;

    /// <returns>null when the name is present and short enough, otherwise a Chinese message naming <paramref name="label"/>.</returns>
    public static string? Name(string? name, string label) =>
        string.IsNullOrWhiteSpace(name) ? $"{label}不能为空"
        : name.Trim().Length > NameLength ? $"{label}不能超过{NameLength}个字"
        : null;

    /// <returns>null when the county exists and lies inside the caller's scope, otherwise a Chinese message.</returns>
    public static string? County(string? countyError, string? regionCode, DataScope scope) =>
        countyError ?? (scope.Covers(regionCode!) ? null : $"行政区划“{regionCode}”不在您的管理范围内");

    /// <returns>null when <paramref name="value"/> is one of <paramref name="allowed"/>, otherwise "label应为：…".</returns>
    public static string? OneOf(string? value, string[] allowed, string label) =>
        allowed.Contains(value) ? null : $"{label}应为：{string.Join("、", allowed)}";
}
