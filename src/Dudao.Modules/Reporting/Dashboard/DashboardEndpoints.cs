using Dudao.Modules.Shared.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Reporting.Dashboard;

/// <summary><c>?regionCode=&amp;month=</c> of the dashboard, bound with <c>[AsParameters]</c>.</summary>
/// <param name="RegionCode">The caller's own region when absent.</param>
/// <param name="Month">yyyy-MM; the current month when absent.</param>
internal sealed record DashboardQuery(string? RegionCode, string? Month);

/// <summary><c>?regionCode=&amp;month=&amp;zone=</c> of a county's schools.</summary>
/// <param name="Zone">A zone's name, or "-" for schools in none; every school of the county when absent.</param>
internal sealed record SchoolListQuery(string? RegionCode, string? Month, string? Zone);

internal static class DashboardEndpoints
{
    public static void MapDashboardEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/dashboard").WithTags("Reporting").RequireAuthorization(ReportingPermissions.View);
        group.MapGet("/", ([AsParameters] DashboardQuery query, DashboardService dashboard, CancellationToken ct) =>
                dashboard.GetAsync(query.RegionCode, query.Month, ct))
            .WithName("GetDashboard").WithSummary("地区统计看板：关键指标、近12个月趋势、下级地区排名（读自汇总表）；区县另列督导责任区");
        group.MapGet("/schools", ([AsParameters] SchoolListQuery query, DashboardService dashboard, CancellationToken ct) =>
                dashboard.SchoolsAsync(query.RegionCode, query.Month, query.Zone, ct))
            .WithName("ListDashboardSchools").WithSummary("区县（或其一个督导责任区）的学校：本月是否督导、未销号与逾期问题");
    }

    /// <summary>/staff/reports/export/{table}: each table of the dashboard page as .xlsx.</summary>
    public static void MapDashboardDownloads(this RouteGroupBuilder staff) =>
        staff.MapGet("/reports/export/{table}", async (string table, [AsParameters] SchoolListQuery query, DashboardExport export, CancellationToken ct) =>
        {
            var (file, name) = await export.ExportAsync(table, query.RegionCode, query.Month, query.Zone, ct);
            return Results.File(file, XlsxWriter.ContentType, name);
        }).RequireAuthorization(ReportingPermissions.View);
}
