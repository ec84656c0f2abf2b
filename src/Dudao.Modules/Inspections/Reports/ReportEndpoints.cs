using Dudao.Modules.Inspections.SelfAssessments;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Inspections.Reports;

internal static class ReportEndpoints
{
    /// <summary>The .docx reports under /api (bearer), named for the document.</summary>
    public static void MapReportApi(this IEndpointRouteBuilder api)
    {
        var (visit, special, selfSummary) = api.MapReportDownloads();
        visit.WithTags("Inspections").WithName("GetVisitReport").WithSummary("下载随访督导报告（.docx）");
        special.WithTags("Inspections").WithName("GetSpecialInspectionReport").WithSummary("下载专项督导报告（.docx）");
        selfSummary.WithTags("Inspections").WithName("GetSelfAssessmentSummaryReport").WithSummary("下载自评报告（.docx）");
    }

    /// <summary>The .docx reports, under /api (bearer) and /staff (page cookie).</summary>
    public static (RouteHandlerBuilder Visit, RouteHandlerBuilder Special, RouteHandlerBuilder SelfSummary) MapReportDownloads(this IEndpointRouteBuilder routes)
    {
        var visit = routes.MapGet("/visits/{id}/report", async (string id, VisitReports reports, FileStore files, CancellationToken ct) =>
                await DocxAsync(await reports.BuildAsync(id, ct), files, ct))
            .RequireAuthorization(InspectionsPermissions.View).ProducesFile(DocxReport.ContentType);
        var special = routes.MapGet("/special-inspections/{id}/report", async (string id, SpecialReports reports, FileStore files, CancellationToken ct) =>
                await DocxAsync(await reports.BuildAsync(id, ct), files, ct))
            .RequireAuthorization(InspectionsPermissions.View).ProducesFile(DocxReport.ContentType);
        var selfSummary = routes.MapGet("/self-assessments/{id}/summary/report", async (string id, SelfSummaryService summaries, FileStore files, CancellationToken ct) =>
                await DocxAsync(SelfSummaryReport.Of(await summaries.GetAsync(id, ct)), files, ct))
            .RequireAuthorization(InspectionsPermissions.View).ProducesFile(DocxReport.ContentType);
        return (visit, special, selfSummary);
    }

    private static async Task<IResult> DocxAsync(ReportModel report, FileStore files, CancellationToken ct) =>
        Results.File(await DocxReport.WriteAsync(report, files, ct), DocxReport.ContentType, report.FileName);
}
