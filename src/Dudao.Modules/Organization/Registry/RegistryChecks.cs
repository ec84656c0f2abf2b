using Dudao.Core.Errors;
using Dudao.Core.Scope;

namespace Dudao.Modules.Organization.Registry;

/// <summary>Input rules every registry record (school, institution) shares.</summary>
internal static class RegistryChecks
{
    public const int NameLength = 100;

    /// <returns>null when the name is present and short enough, otherwise a Chinese message naming <paramref name="label"/>.</returns>
    public static string? Name(string? name, string label) =>
        string.IsNullOrWhiteSpace(name) ? $"{label}不能为空" : Check.Length(name, NameLength, label, "个字");

    /// <returns>null when the county exists and lies inside the caller's scope, otherwise a Chinese message.</returns>
    public static string? County(string? countyError, string? regionCode, DataScope scope) =>
        countyError ?? Check.InScope(scope, regionCode!);
}
