using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Organization.Schools;

public sealed record SchoolDto(string Id, string Code, string Name, string Type, string Ownership, string RegionCode,
    string? RegionName, string? Zone, int Pupils, int Teachers, int Version)
{
    public static SchoolDto From(School s, string? regionName) =>
        new(s.Id, s.Code, s.Name, s.Type, s.Ownership, s.RegionCode, regionName, s.Zone, s.Pupils, s.Teachers, s.Version);
}
