using System.Globalization;

namespace Dudao.Modules.Organization.Schools;

/// <summary>The school form's posted fields; counts stay text so a typo gets a field message rather than a binding failure.</summary>
public sealed class SchoolForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Type { get; set; }
    public string? Ownership { get; set; }
    public string? RegionCode { get; set; }
    public string? Zone { get; set; }
    public string? Pupils { get; set; }
    public string? Teachers { get; set; }
    public string? Location { get; set; }
    public string? Tier { get; set; }
    public string? Boarding { get; set; }
    public int? Version { get; set; }

    public static SchoolForm From(SchoolDto s) => new()
    {
        Code = s.Code, Name = s.Name, Type = s.Type, Ownership = s.Ownership, RegionCode = s.RegionCode, Zone = s.Zone,
        Pupils = s.Pupils.ToString(CultureInfo.InvariantCulture), Teachers = s.Teachers.ToString(CultureInfo.InvariantCulture), Location = s.Location, Tier = s.Tier, Boarding = s.Boarding,
        Version = s.Version,
    };

    public SchoolInput ToInput() =>
        // The form always posts the attribute selects, so an empty choice clears the value ("" rather than null).
        new(Code, Name, Type, Ownership, RegionCode, Zone, Count(Pupils), Count(Teachers), Version, Location ?? "", Tier ?? "", Boarding ?? "");

    private static int? Count(string? text) => int.TryParse(text?.Trim(), out var n) ? n : null;
}
