using Dudao.Core.Errors;
using Dudao.Modules.Organization.Import;
using Dudao.Modules.Organization.Institutions;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Organization.Schools;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Cli.Commands;

/// <summary>
/// <c>import schools|institutions --file PATH --region CODE</c>: the same all-or-nothing import as the
/// web page, acting as the office of CODE (its scope limits which rows are accepted).
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string? registry, string path, string regionCode)
    {
        if (!File.Exists(path)) throw new CliException($"文件不存在：{path}");
        if (await services.GetRequiredService<RegionDirectory>().FindAsync(regionCode, CancellationToken.None) is null)
            throw new CliException($"行政区划代码“{regionCode}”不存在");
        var importer = services.GetRequiredService<SpreadsheetImporter>();
        await using var file = File.OpenRead(path);
        try
        {
            var result = registry switch
            {
                "schools" => await importer.ImportAsync(services.GetRequiredService<SchoolSheet>(), file, Path.GetFileName(path), CancellationToken.None),
                "institutions" => await importer.ImportAsync(services.GetRequiredService<InstitutionSheet>(), file, Path.GetFileName(path), CancellationToken.None),
                _ => throw new CliException("请指定 import schools 或 import institutions"),
            };
            Console.WriteLine($"导入成功：新增 {result.Imported} 条，更新 {result.Updated} 条");
            return 0;
        }
        catch (ImportRejectedException e)
        {
            Console.Error.WriteLine($"{e.Message}（共 {e.Total} 处）：");
            foreach (var row in e.RowErrors) Console.Error.WriteLine($"  第{row.Row}行 {row.Column ?? ""}：{row.Message}");
            return 1;
        }
        catch (ValidationFailedException e)
        {
            return CliApp.Fail(string.Join("；", e.Errors.Values.SelectMany(m => m)));
        }
    }
}
