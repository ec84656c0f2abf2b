namespace Dudao.Core;

/// <summary>GB/T 2260 region codes: 6 digits (province 2 + city 2 + county 2), 9 for townships.</summary>
public static class RegionCodes
{
    public const string Province = "province";
    public const string City = "city";
    public const string County = "county";
    public const string Township = "township";

    public static bool IsWellFormed(string? code) =>
        code is { Length: 6 or 9 } && code.All(char.IsAsciiDigit);

    public static string LevelOf(string code) => code switch
    {
        { Length: 9 } => Township,
        _ when code.EndsWith("0000", StringComparison.Ordinal) => Province,
        _ when code.EndsWith("00", StringComparison.Ordinal) => City,
        _ => County,
    };

    /// <summary>The prefix every code below this region starts with: "500000" → "50", "500100" → "5001".</summary>
    public static string Prefix(string code) => LevelOf(code) switch
    {
        Province => code[..2],
        City => code[..4],
        _ => code,
    };

    public static string ProvinceOf(string code) => code[..2];

    /// <summary>"500107" → ["500000", "500100", "500107"], highest first: where settings of the regions above apply.</summary>
    public static List<string> Ancestry(string regionCode)
    {
        var chain = new List<string>();
        if (regionCode.Length >= 2) chain.Add(regionCode[..2] + "0000");
        if (regionCode.Length >= 4) chain.Add(regionCode[..4] + "00");
        if (regionCode.Length >= 6) chain.Add(regionCode[..6]);
        return chain.Distinct().ToList();
    }
}
