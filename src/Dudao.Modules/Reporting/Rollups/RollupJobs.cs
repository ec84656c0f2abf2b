using Dudao.Modules.Platform.Jobs;

namespace Dudao.Modules.Reporting.Rollups;

/// <summary>Every night: today's overdue problems are counted afresh into this month's figure.</summary>
internal sealed class OverdueSettlementJob(RollupRebuild rollups) : IScheduledJob
{
    public string Name => "rollup-overdue";
    public string Title => "结算逾期问题统计";
    public JobSchedule Schedule => JobSchedule.Daily(0, 20);

    public async Task<string> RunAsync(CancellationToken ct) => $"逾期未销号问题 {await rollups.SettleOverdueAsync(ct)} 个";
}

/// <summary>
/// Monthly, and on demand after a bulk change outside the application (an import straight into the
/// database): every rollup row recomputed from the records.
/// </summary>
internal sealed class RollupRebuildJob(RollupRebuild rollups) : IScheduledJob
{
    public string Name => "rollup-rebuild";
    public string Title => "重算统计汇总";
    public JobSchedule Schedule => JobSchedule.Monthly(1, 3);

    public async Task<string> RunAsync(CancellationToken ct) => $"重算汇总 {await rollups.RebuildAsync(ct)} 行";
}
