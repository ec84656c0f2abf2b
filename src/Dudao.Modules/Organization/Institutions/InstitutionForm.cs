namespace Dudao.Modules.Organization.Institutions;

/// <summary>The institution form's posted fields.</summary>
public sealed class InstitutionForm
{
    public string? Uscc { get; set; }
    public string? Name { get; set; }
    public string? Category { get; set; }
    public string? Kind { get; set; }
    public string? Profit { get; set; }
    public string? Mode { get; set; }
    public string? Licence { get; set; }
    public string? Status { get; set; }
    public string? RegionCode { get; set; }
    public string? Address { get; set; }
    public int? Version { get; set; }

    public static InstitutionForm From(InstitutionDto i) => new()
    {
        Uscc = i.Uscc, Name = i.Name, Category = i.Category, Kind = i.Kind, Profit = i.Profit, Mode = i.Mode,
        Licence = i.Licence, Status = i.Status, RegionCode = i.RegionCode, Address = i.Address, Version = i.Version,
    };

    public InstitutionInput ToInput() => new(Uscc, Name, Category, Kind, Profit, Mode, Licence, Status, RegionCode, Address, Version);
}
