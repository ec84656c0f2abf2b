namespace Dudao.Modules.Inspections.Coverage;

public sealed record CoverageChild(string RegionCode, string Name, int Schools, int Visited, double Rate);

public sealed record CoverageGroup(string? Id, string Name, int Schools, int Visited, double Rate);

public sealed record SchoolRef(string Id, string Name);

/// <summary>
/// The public contract's <c>{ regionCode, month, schools, visited, rate, children, unvisited }</c>,
/// plus, for a county, its zones and inspectors. <c>unvisited</c> lists at most
/// <see cref="CoverageService.UnvisitedLimit"/> schools; <c>unvisitedTotal</c> counts them all.
/// </summary>
public sealed record CoverageDto(string RegionCode, string? Name, string Month, int Schools, int Visited, double Rate,
    IReadOnlyList<CoverageChild> Children, IReadOnlyList<SchoolRef> Unvisited, int UnvisitedTotal,
    IReadOnlyList<CoverageGroup> Zones, IReadOnlyList<CoverageGroup> Inspectors);

public static class CoverageRate
{
    public static double Of(int schools, int visited) => schools == 0 ? 0 : Math.Round((double)visited / schools, 4);
}
