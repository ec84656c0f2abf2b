using Dudao.Core.Paging;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Campaigns.Draws;

internal static class DrawEndpoints
{
    private const string Json = "application/json";

    public static void MapDrawEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/draws").WithTags("Campaigns");
        group.MapPost("/", async Task<Created<DrawDto>> (DrawInput input, DrawService draws, CancellationToken ct) =>
            {
                var draw = await draws.AnnounceAsync(input, ct);
                return TypedResults.Created($"/api/draws/{draw.Id}", draw);
            })
            .RequireAuthorization(CampaignsPermissions.Draw).WithName("AnnounceDraw")
            .WithSummary("发布双随机抽查：冻结对象库、督学库、回避关系和种子确定日（另可填 title、seedFixedOn、seedSource、inspectorLevels、recusals）；带 seed 则立即抽取");
        group.MapPost("/{id}/run", (string id, DrawRunInput input, DrawService draws, CancellationToken ct) => draws.RunAsync(id, input, ct))
            .RequireAuthorization(CampaignsPermissions.Draw).WithName("RunDraw").WithSummary("录入随机种子并抽取（种子确定日起；每个抽查只能抽取一次）");
        group.MapGet("/", (DrawService draws, CancellationToken ct) => draws.ListAsync(ct))
            .RequireAuthorization(CampaignsPermissions.View).WithName("ListDraws").WithSummary("本地区的双随机抽查");
        group.MapGet("/{id}", (string id, DrawService draws, CancellationToken ct) => draws.GetAsync(id, ct))
            .RequireAuthorization(CampaignsPermissions.View).WithName("GetDraw").WithSummary("双随机抽查的种子、算法、输入哈希和抽取结果");
    }

    public static void MapPublicDrawEndpoints(this IEndpointRouteBuilder publicApi)
    {
        var group = publicApi.MapGroup("/public/draws").WithTags("Public").AllowAnonymous();
        group.MapGet("/", ([AsParameters] PageQuery paging, PublicDrawService draws, CancellationToken ct) => draws.ListAsync(paging.Request, ct))
            .WithName("ListPublicDraws").WithSummary("公开的双随机抽查（无需登录）");
        group.MapGet("/{id}", (string id, PublicDrawService draws, CancellationToken ct) => draws.GetAsync(id, ct))
            .WithName("GetPublicDraw").WithSummary("公开一次抽查：对象库、督学库、回避关系、种子、算法、结果及检查结果（无需登录）");
        group.MapGet("/{id}/input", async (string id, PublicDrawService draws, CancellationToken ct) =>
                TypedResults.File(await draws.InputAsync(id, ct), Json, $"draw-{id}-input.json"))
            .WithName("DownloadDrawInput").WithSummary("下载抽查的输入文件（规范 JSON，其 SHA-256 即 inputsHash；tools/draw/recompute.py 据此复算）")
            .ProducesFile(Json);
        group.MapGet("/{id}/result", async (string id, PublicDrawService draws, CancellationToken ct) =>
                TypedResults.File(await draws.ResultAsync(id, ct), Json, $"draw-{id}-result.json"))
            .WithName("DownloadDrawResult").WithSummary("下载抽取结果（规范 JSON，与复算脚本的输出逐字节相同；抽取前为 404）")
            .ProducesFile(Json);
    }
}
