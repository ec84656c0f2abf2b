using Dudao.Modules.Shared.Documents;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Campaigns.Windows;

internal static class CampaignEndpoints
{
    public static void MapCampaignEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/campaigns").WithTags("Campaigns");
        group.MapPost("/", async Task<Created<CampaignDetailDto>> (CampaignInput input, CampaignService campaigns, CancellationToken ct) =>
            {
                var created = await campaigns.DeclareAsync(input, ct);
                return TypedResults.Created($"/api/campaigns/{created.Id}", created);
            })
            .RequireAuthorization(CampaignsPermissions.Plan).WithName("DeclareCampaign")
            .WithSummary("部署集中督导、回头看或节假日专项：起止日期、督导对象（逐个选择或按责任区、学段、机构类别筛选）和督导组");
        group.MapGet("/", (CampaignService campaigns, CancellationToken ct) => campaigns.ListAsync(ct))
            .RequireAuthorization(CampaignsPermissions.View).WithName("ListCampaigns").WithSummary("集中督导列表及进度");
        group.MapGet("/{id}", (string id, CampaignService campaigns, CancellationToken ct) => campaigns.GetAsync(id, ct))
            .RequireAuthorization(CampaignsPermissions.View).WithName("GetCampaign").WithSummary("集中督导进度：已督导、未督导、发现问题");
        group.MapGet("/{id}/report", ReportAsync).RequireAuthorization(CampaignsPermissions.View).WithName("DownloadCampaignReport")
            .WithSummary("下载集中督导总结报告（.docx，带文号、落款和签字盖章栏；结束当天起）").ProducesFile(OfficialDocx.ContentType);
    }

    /// <summary>The same download for the campaign page, signed in with the page cookie.</summary>
    public static RouteGroupBuilder MapCampaignDownloads(this RouteGroupBuilder staff)
    {
        staff.MapGet("/campaigns/windows/{id}/report", ReportAsync).RequireAuthorization(CampaignsPermissions.View);
        return staff;
    }

    private static async Task<FileContentHttpResult> ReportAsync(string id, CampaignService campaigns, CancellationToken ct)
    {
        var (content, fileName) = await campaigns.ReportAsync(id, ct);
        return TypedResults.File(content, OfficialDocx.ContentType, fileName);
    }
}
