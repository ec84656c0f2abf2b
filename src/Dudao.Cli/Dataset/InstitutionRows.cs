using Bogus;
using Dudao.Core;
using Dudao.Modules.Organization.Domain;

namespace Dudao.Cli.Dataset;

/// <summary>
/// Synthetic training institutions in the order of the import headers (统一社会信用代码 … 地址). USCCs
/// are completed with both check characters; subject training is always non-profit, as the rules require.
/// </summary>
internal static class InstitutionRows
{
    public static IEnumerable<object?[]> Generate(DatasetScale scale, int seed)
    {
        var f = new Faker("zh_CN") { Random = new Randomizer(seed) };
        for (var i = 0; i < scale.Institutions; i++)
        {
            var county = f.PickRandom(scale.Counties);
            var subject = f.Random.Int(0, 4) == 0;
            (string? Kind, string[] Suffixes) line = subject ? (null, NameParts.SubjectSuffixes) : f.PickRandom(NameParts.NonSubjectKinds);
            var (kind, suffixes) = line;
            var profit = subject || f.Random.Int(0, 2) == 0 ? Institution.NonProfit : "营利性";
            // 52 = civil-affairs non-enterprise unit, 91 = enterprise; the organisation code carries the serial.
            var register = profit == Institution.NonProfit ? "52" : "91";
            yield return
            [
                Uscc.Complete($"{register}{county.Code}MA{i + 1:000000}"),
                county.Name + f.PickRandom(NameParts.BrandHeads) + f.PickRandom(NameParts.BrandTails) + f.PickRandom(suffixes),
                subject ? Institution.Subject : Institution.NonSubject,
                kind,
                profit,
                f.Random.Int(0, 5) == 0 ? "线上" : "线下",
                f.Random.WeightedRandom(Institution.Licences, [0.85f, 0.1f, 0.05f]),
                county.Code,
                $"{scale.FullName(county)}{Street(f)}{f.Random.Int(1, 300)}号",
            ];
        }
    }

    private static string Street(Faker f) =>
        (f.Random.Bool() ? f.PickRandom(NameParts.PlaceWords) : f.Name.LastName() + "家") + f.PickRandom(NameParts.StreetEndings);
}
