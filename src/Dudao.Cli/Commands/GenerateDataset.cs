using Dudao.Cli.Dataset;
using Dudao.Modules.Organization.Institutions;
using Dudao.Modules.Organization.Schools;
using Dudao.Modules.Shared.Spreadsheets;

namespace Dudao.Cli.Commands;

/// <summary>
/// Writes synthetic schools.xlsx and institutions.xlsx in the import format, at county, province or
/// national scale; the same --seed gives the same files.
/// </summary>
internal static class GenerateDataset
{
    public static int Run(CliOptions options)
    {
        var scale = DatasetScale.For(options.Required("scale"), options["region"]);
        var folder = options.Required("out");
        var seed = int.TryParse(options["seed"], out var s) ? s : 2026;
        var (schools, institutions) = Write(scale, folder, seed);
        Console.WriteLine($"已生成 {schools}（{scale.Schools} 所学校）和 {institutions}（{scale.Institutions} 个机构），覆盖 {scale.Counties.Length} 个区县");
        return 0;
    }

    public static (string Schools, string Institutions) Write(DatasetScale scale, string folder, int seed)
    {
        Directory.CreateDirectory(folder);
        var schools = Path.Combine(folder, "schools.xlsx");
        var institutions = Path.Combine(folder, "institutions.xlsx");
        using (var file = File.Create(schools))
            XlsxWriter.Write(file, "学校", [.. SchoolInput.Headers.Values], SchoolRows.Generate(scale, seed));
        using (var file = File.Create(institutions))
            XlsxWriter.Write(file, "校外培训机构", [.. InstitutionInput.Headers.Values], InstitutionRows.Generate(scale, seed));
        return (schools, institutions);
    }
}
