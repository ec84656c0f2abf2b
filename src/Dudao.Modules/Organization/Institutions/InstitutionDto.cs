using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Organization.Institutions;

public sealed record InstitutionDto(string Id, string Uscc, string Name, string Category, string? Kind, string Profit, string Mode,
    string Licence, string Status, string RegionCode, string? RegionName, string? Address, int Version)
{
    public static InstitutionDto From(Institution i, string? regionName) =>
        new(i.Id, i.Uscc, i.Name, i.Category, i.Kind, i.Profit, i.Mode, i.Licence, i.Status, i.RegionCode, regionName, i.Address, i.Version);
}
