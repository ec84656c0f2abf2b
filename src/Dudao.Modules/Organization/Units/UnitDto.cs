namespace Dudao.Modules.Organization.Units;

public sealed record UnitDto(string Id, string RegionCode, string? RegionName, string Name);
