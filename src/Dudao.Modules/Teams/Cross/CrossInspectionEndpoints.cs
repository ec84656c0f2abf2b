using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Teams.Cross;

internal static class CrossInspectionEndpoints
{
    public static void MapCrossInspectionEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/cross-inspections").WithTags("Teams").RequireAuthorization(TeamsPermissions.Organize);
        group.MapPost("/", async (CrossInput input, CrossInspectionService service, CancellationToken ct) =>
        {
            var created = await service.CreateAsync(input, ct);
            return TypedResults.Created($"/api/cross-inspections/{created.Id}", created);
        }).WithName("CreateCrossInspection")
            .WithSummary("安排一批交叉检查：各地区两两配对（不查本地区、每个地区被查一次），可给定随机种子，各检查组在检查日期内可查看被查地区的对象");
        group.MapGet("/", (CrossInspectionService service, CancellationToken ct) => service.ListAsync(ct))
            .WithName("ListCrossInspections").WithSummary("交叉检查批次列表");
        group.MapGet("/{id}", (string id, CrossInspectionService service, CancellationToken ct) => service.GetAsync(id, ct))
            .WithName("GetCrossInspection").WithSummary("交叉检查批次：配对、检查组成员、随机种子");
        group.MapGet("/{id}/teams/{inspecting}/candidates", (string id, string inspecting, CrossInspectionService service, CancellationToken ct) =>
                service.CandidatesAsync(id, inspecting, ct))
            .WithName("ListCrossTeamCandidates").WithSummary("可加入某地区检查组的账号（该地区的督学、督导室和科室人员）");
        group.MapPut("/{id}/teams/{inspecting}", (string id, string inspecting, TeamInput input, CrossInspectionService service, CancellationToken ct) =>
                service.SetTeamAsync(id, inspecting, input, ct))
            .WithName("SetCrossTeam").WithSummary("调整某地区的检查组成员（移出的成员同时失去被查地区的查看权限）");
    }
}
