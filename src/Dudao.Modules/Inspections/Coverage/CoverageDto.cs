namespace Dudao.Modules.Inspections.Coverage;

/// <summary>
/// A child region's coverage: schools and training institutions apart (<c>rate</c> is the schools'
/// rate, as before institutions counted) and together (<c>overallRate</c>).
/// </summary>
public sealed record CoverageChild(string RegionCode, string Name, int Schools, int Visited, double Rate,
    int Institutions, int InstitutionsVisited, double InstitutionsRate, double OverallRate);

/// <summary>A zone's or an inspector's coverage (zones hold schools only: institutions have no zone).</summary>
public sealed record CoverageGroup(string? Id, string Name, int Schools, int Visited, double Rate,
    int Institutions, int InstitutionsVisited, double InstitutionsRate);

public sealed record SchoolRef(string Id, string Name);

/// <summary>
/// The public contract's <c>{ regionCode, month, schools, visited, rate, children, unvisited }</c> —
/// schools, as the contract first said — with the training institutions beside them
/// (<c>institutions</c>, <c>institutionsVisited</c>, <c>institutionsRate</c>, <c>unvisitedInstitutions</c>),
/// both together (<c>overallRate</c>), the region's 月月督 season and, for a county, its zones and inspectors.
/// Each unvisited list holds at most <see cref="CoverageService.UnvisitedLimit"/> names; the totals count them all.
/// </summary>
public sealed record CoverageDto(string RegionCode, string? Name, string Month, int Schools, int Visited, double Rate,
    int Institutions, int InstitutionsVisited, double InstitutionsRate, double OverallRate,
    IReadOnlyList<CoverageChild> Children, IReadOnlyList<SchoolRef> Unvisited, int UnvisitedTotal,
    IReadOnlyList<SchoolRef> UnvisitedInstitutions, int UnvisitedInstitutionsTotal,
    int SeasonStart, int SeasonEnd, bool InSeason,
    IReadOnlyList<CoverageGroup> Zones, IReadOnlyList<CoverageGroup> Inspectors);

/// <summary>One inspector's assigned schools and institutions in a month, and those not yet visited.</summary>
public sealed record InspectorCoverage(CoverageGroup Total, IReadOnlyList<SchoolRef> Unvisited, IReadOnlyList<SchoolRef> UnvisitedInstitutions);

/// <summary>How many schools and institutions there are and how many of each were visited.</summary>
public readonly record struct CoverageTally(int Schools, int Visited, int Institutions, int InstitutionsVisited)
{
    public CoverageChild ToChild(string regionCode, string name) => new(regionCode, name, Schools, Visited, CoverageRate.Of(Schools, Visited),
        Institutions, InstitutionsVisited, CoverageRate.Of(Institutions, InstitutionsVisited),
        CoverageRate.Of(Schools + Institutions, Visited + InstitutionsVisited));

    public CoverageGroup ToGroup(string? id, string name) => new(id, name, Schools, Visited, CoverageRate.Of(Schools, Visited),
        Institutions, InstitutionsVisited, CoverageRate.Of(Institutions, InstitutionsVisited));
}

public static class CoverageRate
{
    public static double Of(int total, int visited) => total == 0 ? 0 : Math.Round((double)visited / total, 4);
}
