using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Inspections.Coverage;

/// <summary><c>?regionCode=&amp;month=</c> of the coverage figures, bound with <c>[AsParameters]</c>.</summary>
/// <param name="Month">yyyy-MM; the current month when absent.</param>
internal sealed record CoverageQuery(string? RegionCode, string? Month);

/// <summary><c>?regionCode=&amp;year=</c> of the heatmap (a county), bound with <c>[AsParameters]</c>.</summary>
internal sealed record HeatmapQuery(string RegionCode, int Year);

/// <summary>One inspector's coverage in a month: the assigned schools and institutions, and those not yet visited.</summary>
internal sealed record InspectorCoverageDto(string InspectorId, string Name, string Month, int Schools, int Visited, double Rate,
    int Institutions, int InstitutionsVisited, double InstitutionsRate, IReadOnlyList<SchoolRef> Unvisited, IReadOnlyList<SchoolRef> UnvisitedInstitutions);

internal static class CoverageEndpoints
{
    public static void MapCoverageEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/coverage").WithTags("Inspections").RequireAuthorization(InspectionsPermissions.Coverage);
        group.MapGet("/", ([AsParameters] CoverageQuery query, CoverageService coverage, CancellationToken ct) => coverage.GetAsync(query.RegionCode, query.Month, ct))
            .WithName("GetCoverage").WithSummary("月度督导覆盖率");
        group.MapGet("/inspectors/{id}", async (string id, string? month, CoverageService coverage, CancellationToken ct) =>
        {
            var (total, unvisited, unvisitedInstitutions) = await coverage.ForInspectorAsync(id, month, ct);
            return new InspectorCoverageDto(id, total.Name, coverage.MonthOrCurrent(month), total.Schools, total.Visited, total.Rate,
                total.Institutions, total.InstitutionsVisited, total.InstitutionsRate, unvisited, unvisitedInstitutions);
        }).WithName("GetInspectorCoverage").WithSummary("一名督学的月度覆盖率");
        group.MapGet("/heatmap", ([AsParameters] HeatmapQuery query, CoverageService coverage, CancellationToken ct) =>
            coverage.HeatmapAsync(query.RegionCode, query.Year, ct)).WithName("GetCoverageHeatmap").WithSummary("全年逐月覆盖热力图");
    }
}
