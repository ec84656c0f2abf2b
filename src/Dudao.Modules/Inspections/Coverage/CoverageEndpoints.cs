using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Inspections.Coverage;

internal static class CoverageEndpoints
{
    public static void MapCoverageEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/coverage").WithTags("Inspections").RequireAuthorization(InspectionsPermissions.Coverage);
        group.MapGet("/", (string? regionCode, string? month, CoverageService coverage, CancellationToken ct) => coverage.GetAsync(regionCode, month, ct));
        group.MapGet("/inspectors/{id}", async (string id, string? month, CoverageService coverage, CancellationToken ct) =>
        {
            var (total, unvisited, unvisitedInstitutions) = await coverage.ForInspectorAsync(id, month, ct);
            return new
            {
                inspectorId = id, total.Name, month = coverage.MonthOrCurrent(month), total.Schools, total.Visited, total.Rate,
                total.Institutions, total.InstitutionsVisited, total.InstitutionsRate, unvisited, unvisitedInstitutions,
            };
        });
        group.MapGet("/heatmap", (string regionCode, int year, CoverageService coverage, CancellationToken ct) => coverage.HeatmapAsync(regionCode, year, ct));
    }
}
