using Dudao.Modules.Inspections.SelfAssessments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Inspections.Reports;

internal static class ReportEndpoints
{
    /// <summary>The .docx reports, under /api (bearer) and /staff (page cookie).</summary>
    public static void MapReportDownloads(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/visits/{id}/report", async (string id, VisitReports reports, CancellationToken ct) => Docx(await reports.BuildAsync(id, ct)))
            .RequireAuthorization(InspectionsPermissions.View);
        routes.MapGet("/special-inspections/{id}/report", async (string id, SpecialReports reports, CancellationToken ct) => Docx(await reports.BuildAsync(id, ct)))
            .RequireAuthorization(InspectionsPermissions.View);
        routes.MapGet("/self-assessments/{id}/summary/report", async (string id, SelfSummaryService summaries, CancellationToken ct) =>
                Docx(SelfSummaryReport.Of(await summaries.GetAsync(id, ct))))
            .RequireAuthorization(InspectionsPermissions.View);
    }

    private static IResult Docx(ReportModel report) => Results.File(DocxReport.Write(report), DocxReport.ContentType, report.FileName);
}
