using Bogus;
using Dudao.Core;

namespace Dudao.Cli.Dataset;

/// <summary>
/// Synthetic schools in the order of the import headers (学校标识码 … 教师数). Codes are "21", the
/// province, then a serial within the province, so they are valid and unique; 督导责任区 stays empty.
/// </summary>
internal static class SchoolRows
{
    public static IEnumerable<object?[]> Generate(DatasetScale scale, int seed)
    {
        var f = new Faker("zh_CN") { Random = new Randomizer(seed) };
        var serials = new Dictionary<string, int>();
        for (var i = 0; i < scale.Schools; i++)
        {
            var county = f.PickRandom(scale.Counties);
            var province = RegionCodes.ProvinceOf(county.Code);
            var serial = serials[province] = serials.GetValueOrDefault(province) + 1;
            var (type, _, suffixes, minPupils, maxPupils) = PickType(f);
            var pupils = f.Random.Int(minPupils, maxPupils);
            yield return
            [
                $"21{province}{serial:000000}",
                county.Name + Place(f) + f.PickRandom(suffixes),
                type,
                f.Random.Int(0, 9) == 0 ? "民办" : "公办",
                county.Code,
                null,
                pupils,
                Math.Max(8, pupils / f.Random.Int(12, 18)),
            ];
        }
    }

    private static string Place(Faker f) => f.Random.Int(0, 9) switch
    {
        < 4 => f.PickRandom(NameParts.PlaceWords),
        < 8 => f.Name.LastName() + f.PickRandom(NameParts.SurnamePlaces),
        _ => f.PickRandom(NameParts.Ordinals),
    };

    private static (string Type, int Weight, string[] Suffixes, int MinPupils, int MaxPupils) PickType(Faker f)
    {
        var roll = f.Random.Int(1, NameParts.SchoolTypes.Sum(t => t.Weight));
        foreach (var t in NameParts.SchoolTypes)
        {
            if ((roll -= t.Weight) <= 0) return t;
        }
        return NameParts.SchoolTypes[0];
    }
}
