using Dudao.Modules.Escalation;
using Dudao.Modules.Shared.Documents;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Returns.Documents;

/// <summary>What issues a bulletin: the region (default the caller's own) and the quarter (default the current one).</summary>
public sealed record BulletinIssue(string? RegionCode, string? Quarter);

internal static class BulletinEndpoints
{
    public static void MapBulletinEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/reports/bulletin", DocxAsync).WithTags("Reporting").RequireAuthorization(ReturnsPermissions.Review)
            .WithName("DownloadQuarterlyBulletin").WithSummary("下载季度通报（.docx：目标任务完成情况、排名、滞后和不作为单位、逾期问题、典型举报、通报表扬）")
            .ProducesFile(OfficialDocx.ContentType);
        api.MapPost("/reports/bulletins", IssueAsync).WithTags("Reporting").RequireAuthorization(ReturnsPermissions.Review, EscalationPermissions.Manage)
            .WithName("IssueQuarterlyBulletin").WithSummary("印发季度通报：登记文号，并对通报点名的滞后、不作为单位各记一次通报（同一季度只能印发一次）");
    }

    /// <summary>The same download for the printable page, signed in with the page cookie.</summary>
    public static RouteGroupBuilder MapBulletinDownloads(this RouteGroupBuilder staff)
    {
        staff.MapGet("/reports/bulletin/docx", DocxAsync).RequireAuthorization(ReturnsPermissions.Review);
        return staff;
    }

    private static async Task<IResult> DocxAsync(BulletinService service, CancellationToken ct, string? regionCode = null, string? quarter = null)
    {
        var bytes = await service.DocxAsync(regionCode, quarter, ct);
        return TypedResults.File(bytes, OfficialDocx.ContentType, $"季度通报-{quarter ?? "本季度"}.docx");
    }

    private static async Task<Created<IssuedBulletin>> IssueAsync(BulletinIssue input, BulletinService service, CancellationToken ct)
    {
        var issued = await service.IssueAsync(input.RegionCode, input.Quarter, ct);
        return TypedResults.Created($"/api/reports/bulletin?regionCode={issued.RegionCode}&quarter={issued.Quarter}", issued);
    }
}
