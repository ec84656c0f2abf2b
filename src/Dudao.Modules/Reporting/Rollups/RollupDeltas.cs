using Dudao.Core;

namespace Dudao.Modules.Reporting.Rollups;

/// <summary>Counts to add per region, month and metric: each record's county and every region above it.</summary>
internal sealed class RollupDeltas
{
    public Dictionary<RollupKey, int> Counts { get; } = [];

    public bool IsEmpty => Counts.Values.All(v => v == 0);

    public void Add(object entity, int sign, DateOnly? overdueAsOf)
    {
        foreach (var (county, month, metric) in RollupContributions.Of(entity, overdueAsOf)) Add(county, month, metric, sign);
    }

    public void Add(string county, string month, string metric, int count)
    {
        // A township code counts for its county; anything shorter than a county is not a record's region.
        if (county.Length < 6) return;
        foreach (var region in RegionCodes.Ancestry(county[..6]))
        {
            var key = new RollupKey(region, month, metric);
            Counts[key] = Counts.GetValueOrDefault(key) + count;
        }
    }
}
