using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Organization.Registry;

/// <summary>Choices for the registry forms' selects, as (value, text) pairs.</summary>
internal static class RegistryOptions
{
    public static IReadOnlyList<(string Value, string Text)> Of(IEnumerable<string> values) => values.Select(v => (v, v)).ToList();

    public static IReadOnlyList<(string Value, string Text)> Of(IEnumerable<Region> counties) =>
        counties.Select(c => (c.Code, c.Name)).ToList();
}
