using Dudao.Modules.Shared.Documents;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Returns.Documents;

internal static class WorkReportEndpoints
{
    public static void MapWorkReportEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/reports/work-report", WorkReportAsync).WithTags("Reporting").RequireAuthorization(ReturnsPermissions.Review)
            .WithName("DownloadWorkReport").WithSummary("下载“双减”工作情况报告草稿（.docx，有来源的空已填，余下标“待填”）")
            .ProducesFile(OfficialDocx.ContentType);
    }

    /// <summary>The same download for the printable page, signed in with the page cookie.</summary>
    public static RouteGroupBuilder MapWorkReportDownloads(this RouteGroupBuilder staff)
    {
        staff.MapGet("/reports/work-report/docx", WorkReportAsync).RequireAuthorization(ReturnsPermissions.Review);
        return staff;
    }

    private static async Task<IResult> WorkReportAsync(WorkReportService service, CancellationToken ct, string? regionCode = null, DateOnly? from = null, DateOnly? to = null)
    {
        var bytes = await service.DocxAsync(regionCode, from, to, ct);
        return TypedResults.File(bytes, OfficialDocx.ContentType, "“双减”工作情况报告（草稿）.docx");
    }
}
