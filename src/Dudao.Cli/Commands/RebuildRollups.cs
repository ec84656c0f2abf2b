using Dudao.Modules.Reporting.Rollups;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Cli.Commands;

/// <summary>Recomputes every rollup row from the records, as the monthly rollup-rebuild job does (after a bulk load straight into the database).</summary>
internal static class RebuildRollups
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        var rows = await services.GetRequiredService<RollupRebuild>().RebuildAsync(CancellationToken.None);
        output.WriteLine($"已重算统计汇总 {rows} 行");
        return 0;
    }
}
