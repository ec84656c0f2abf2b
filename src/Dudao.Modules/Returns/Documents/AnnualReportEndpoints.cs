using Dudao.Modules.Shared.Documents;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Returns.Documents;

internal static class AnnualReportEndpoints
{
    public static void MapAnnualReportEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/reports/annual", AnnualReportAsync).WithTags("Reporting").RequireAuthorization(ReturnsPermissions.Review)
            .WithName("DownloadAnnualReport").WithSummary("下载年度“双减”督导报告（.docx，亮点、问题、建议为保存的文字或按数据预填）")
            .ProducesFile(OfficialDocx.ContentType);
        api.MapGet("/reports/annual/text", (AnnualReportService service, CancellationToken ct, string? regionCode = null, int? year = null) => service.GetAsync(regionCode, year, ct))
            .WithTags("Reporting").RequireAuthorization(ReturnsPermissions.Review)
            .WithName("GetAnnualReport").WithSummary("年度督导报告：全年数据和亮点、问题、建议（未保存时按数据预填）");
        api.MapPut("/reports/annual/text", (AnnualReportEdit edit, AnnualReportService service, CancellationToken ct) => service.SaveAsync(edit, ct))
            .WithTags("Reporting").RequireAuthorization(ReturnsPermissions.Review)
            .WithName("SaveAnnualReportText").WithSummary("保存年度督导报告的亮点、问题、建议（带 version，并发修改返回 409）");
    }

    /// <summary>The same download for the printable page, signed in with the page cookie.</summary>
    public static RouteGroupBuilder MapAnnualReportDownloads(this RouteGroupBuilder staff)
    {
        staff.MapGet("/reports/annual/docx", AnnualReportAsync).RequireAuthorization(ReturnsPermissions.Review);
        return staff;
    }

    private static async Task<IResult> AnnualReportAsync(AnnualReportService service, CancellationToken ct, string? regionCode = null, int? year = null)
    {
        var bytes = await service.DocxAsync(regionCode, year, ct);
        return TypedResults.File(bytes, OfficialDocx.ContentType, $"督导报告-{year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "本年"}.docx");
    }
}
