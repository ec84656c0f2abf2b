using Dudao.Modules.Reporting.Rollups;

namespace Dudao.Modules.Reporting.Dashboard;

/// <summary>
/// The contract's <c>{ regionCode, month, figures, children: [{ regionCode, name, figures }] }</c>, with the
/// region's <c>name</c> and <c>level</c>, each child's <c>rank</c>, the twelve months up to <c>month</c>
/// (<c>trend</c>), the regions above it within the caller's scope (<c>path</c>) and, for a county, its
/// supervision zones (<c>zones</c>).
/// </summary>
public sealed record DashboardDto(string RegionCode, string Name, string Level, string Month, Figures Figures,
    IReadOnlyList<DashboardChild> Children, IReadOnlyList<TrendPoint> Trend, IReadOnlyList<RegionCrumb> Path, IReadOnlyList<ZoneRow> Zones);

/// <param name="Rank">1 for the best: coverage first, then the rectification rate, then complaints closed on time.</param>
public sealed record DashboardChild(string RegionCode, string Name, int Rank, Figures Figures);

public sealed record TrendPoint(string Month, Figures Figures);

public sealed record RegionCrumb(string RegionCode, string Name);

/// <summary>A county's supervision zone this month: its schools, how many were visited, their open and overdue problems.</summary>
/// <param name="Zone">The zone's name; null for schools in none.</param>
public sealed record ZoneRow(string? Zone, string Name, int Schools, int SchoolsVisited, double? CoverageRate, int ProblemsOpen, int ProblemsOverdue);

/// <summary>A school of a county (or one zone) in a month: its first visit of the month, its open and overdue problems.</summary>
public sealed record SchoolRow(string Id, string Code, string Name, string? Zone, DateOnly? VisitedOn, int ProblemsOpen, int ProblemsOverdue);
