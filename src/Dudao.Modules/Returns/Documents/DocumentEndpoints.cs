using Dudao.Modules.Shared.Documents;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Returns.Documents;

internal static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/reports/monthly-statistics", MonthlyStatisticsAsync).WithTags("Reporting").RequireAuthorization(ReturnsPermissions.Review)
            .WithName("DownloadMonthlyStatistics").WithSummary("下载“双减”专项督导推进情况统计表（.docx，系统汇总数据加各科室填报数）")
            .ProducesFile(OfficialDocx.ContentType);
    }

    /// <summary>The same downloads for the printable pages, signed in with the page cookie.</summary>
    public static RouteGroupBuilder MapDocumentDownloads(this RouteGroupBuilder staff)
    {
        staff.MapGet("/reports/monthly-statistics/docx", MonthlyStatisticsAsync).RequireAuthorization(ReturnsPermissions.Review);
        return staff;
    }

    private static async Task<IResult> MonthlyStatisticsAsync(MonthlyStatisticsService service, CancellationToken ct, string? regionCode = null, string? month = null)
    {
        var bytes = await service.DocxAsync(regionCode, month, ct);
        return TypedResults.File(bytes, OfficialDocx.ContentType, $"推进情况统计表-{month ?? "上月"}.docx");
    }
}
