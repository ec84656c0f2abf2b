using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Organization.Schools;

/// <param name="Location">城区 | 县城 | 乡镇 | 村, or null while not recorded.</param>
/// <param name="Tier">中心校 | 村小, or null.</param>
/// <param name="Boarding">寄宿制 | 非寄宿制, or null while not recorded.</param>
public sealed record SchoolDto(string Id, string Code, string Name, string Type, string Ownership, string RegionCode,
    string? RegionName, string? Zone, int Pupils, int Teachers, string? Location, string? Tier, string? Boarding, int Version)
{
    public static SchoolDto From(School s, string? regionName) =>
        new(s.Id, s.Code, s.Name, s.Type, s.Ownership, s.RegionCode, regionName, s.Zone, s.Pupils, s.Teachers, s.Location, s.Tier, s.Boarding, s.Version);
}
