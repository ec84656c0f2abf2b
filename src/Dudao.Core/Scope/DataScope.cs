namespace Dudao.Core.Scope;

/// <summary>
/// What one caller may see. Region codes are hierarchical (GB/T 2260: 2 digits province, 4 city,
/// 6 county), so "this unit and below" is a prefix of the record's county code. Accounts of a
/// school or an institution further see only records about that one target.
/// </summary>
/// <param name="Granted">
/// The caller holds a dated grant in force today (ADR-112): the query filters then also admit the
/// granted regions' or targets' <see cref="ITeamVisible"/> rows. Read afresh on every request.
/// </param>
public sealed record DataScope(string RegionPrefix, string? TargetId, bool Granted = false)
{
    /// <summary>A home scope that matches no row: partner-agency accounts see only what their grants open.</summary>
    public static readonly DataScope Nothing = new("-", "-");

    /// <summary>System work (start-up, jobs, CLI) and national administrators.</summary>
    public static readonly DataScope All = new("", null);

    public bool IsAll => RegionPrefix.Length == 0 && TargetId is null;

    public static DataScope ForRegion(string regionCode) => new(RegionCodes.Prefix(regionCode), null);

    public static DataScope ForTarget(string regionCode, string targetId) => new(RegionCodes.Prefix(regionCode), targetId);

    public bool Covers(string regionCode) => regionCode.StartsWith(RegionPrefix, StringComparison.Ordinal);
}
