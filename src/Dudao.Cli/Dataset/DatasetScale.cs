using Dudao.Core;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;

namespace Dudao.Cli.Dataset;

/// <summary>
/// How much to generate and where: one county (≈60 schools), one province (≈6 000) or the whole
/// country (≈190 000 schools, about 64 per county, as in China's compulsory-education statistics).
/// Institutions are twice as many as schools.
/// </summary>
internal sealed record DatasetScale(int Schools, Region[] Counties, IReadOnlyDictionary<string, Region> Regions)
{
    public int Institutions => Schools * 2;

    public static DatasetScale For(string? scale, string? regionCode)
    {
        var regions = RegionTable.Read().Where(r => r.Level != RegionCodes.Township).ToDictionary(r => r.Code);
        var counties = regions.Values.Where(r => r.Level == RegionCodes.County).OrderBy(r => r.Code).ToList();
        var (schools, region) = scale switch
        {
            "county" => (60, regionCode ?? "500107"),
            "province" => (6_000, regionCode ?? "500000"),
            "nation" => (190_000, null),
            _ => throw new CliException("--scale 应为 county、province 或 nation"),
        };
        if (region is not null)
        {
            if (!regions.ContainsKey(region)) throw new CliException($"行政区划代码“{region}”不存在");
            var prefix = RegionCodes.Prefix(region);
            counties = counties.Where(c => c.Code.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            if (counties.Count == 0) throw new CliException($"“{region}”下没有区县");
        }
        return new DatasetScale(schools, [.. counties], regions);
    }

    /// <summary>"重庆市九龙坡区", "四川省成都市武侯区": the province, the city unless it is a placeholder, the county.</summary>
    public string FullName(Region county)
    {
        var province = Regions[RegionCodes.ProvinceOf(county.Code) + "0000"].Name;
        var city = county.ParentCode is { } p && Regions.TryGetValue(p, out var c) && c.Level == RegionCodes.City
                   && c.Name is not ("市辖区" or "县" or "省直辖县级行政区划" or "自治区直辖县级行政区划") ? c.Name : "";
        return province + city + county.Name;
    }
}
