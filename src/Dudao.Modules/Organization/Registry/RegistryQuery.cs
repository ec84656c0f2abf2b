namespace Dudao.Modules.Organization.Registry;

/// <summary><c>?regionCode=&amp;q=</c> of a registry list (schools, institutions, inspectors), bound with <c>[AsParameters]</c>.</summary>
/// <param name="Q">Part of a name or code.</param>
internal sealed record RegistryQuery(string? RegionCode, string? Q);
