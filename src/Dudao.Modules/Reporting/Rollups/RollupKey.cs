namespace Dudao.Modules.Reporting.Rollups;

/// <summary>Where a count goes: a region (county, city or province), a month and a metric.</summary>
public readonly record struct RollupKey(string RegionCode, string Month, string Metric);
