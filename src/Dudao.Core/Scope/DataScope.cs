namespace Dudao.Core.Scope;

/// <summary>
/// What one caller may see. Region codes are hierarchical (GB/T 2260: 2 digits province, 4 city,
/// 6 county), so "this unit and below" is a prefix of the record's county code. Accounts of a
/// school or an institution further see only records about that one target.
/// </summary>
public sealed record DataScope(string RegionPrefix, string? TargetId)
{
    /// <summary>System work (start-up, jobs, CLI) and national administrators.</summary>
    public static readonly DataScope All = new("", null);

    public bool IsAll => RegionPrefix.Length == 0 && TargetId is null;

    public static DataScope ForRegion(string regionCode) => new(RegionCodes.Prefix(regionCode), null);

    public static DataScope ForTarget(string regionCode, string targetId) => new(RegionCodes.Prefix(regionCode), targetId);

    public bool Covers(string regionCode) => regionCode.StartsWith(RegionPrefix, StringComparison.Ordinal);
}
