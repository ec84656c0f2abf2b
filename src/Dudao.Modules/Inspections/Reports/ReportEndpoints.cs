using Dudao.Modules.Inspections.SelfAssessments;
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
        var visit = routes.MapGet("/visits/{id}/report", async (string id, VisitReports reports, CancellationToken ct) => Docx(await reports.BuildAsync(id, ct)))
            .RequireAuthorization(InspectionsPermissions.View).ProducesFile(DocxReport.ContentType);
        var special = routes.MapGet("/special-inspections/{id}/report", async (string id, SpecialReports reports, CancellationToken ct) =>
                Docx(await reports.BuildAsync(id, ct)))
            .RequireAuthorization(InspectionsPermissions.View).ProducesFile(DocxReport.ContentType);
        var selfSummary = routes.MapGet("/self-assessments/{id}/summary/report", async (string id, SelfSummaryService summaries, CancellationToken ct) =>
                Docx(SelfSummaryReport.Of(await summaries.GetAsync(id, ct))))
            .RequireAuthorization(InspectionsPermissions.View).ProducesFile(DocxReport.ContentType);
        return (visit, special, selfSummary);
    }

    private static IResult Docx(ReportModel report) => Results.File(DocxReport.Write(report), DocxReport.ContentType, report.FileName);
}
