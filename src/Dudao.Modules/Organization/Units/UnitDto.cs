namespace Dudao.Modules.Organization.Units;

/// <param name="Remit">A department's remit: the target kinds (school, institution) it inspects; null for a zone.</param>
public sealed record UnitDto(string Id, string RegionCode, string? RegionName, string Name, IReadOnlyList<string>? Remit = null);

/// <summary>A department's remit as a client sets it: <c>{ targetKinds: ["school", "institution"] }</c>; none means it inspects nothing.</summary>
public sealed class RemitInput
{
    public List<string>? TargetKinds { get; set; }
}
