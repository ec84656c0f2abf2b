using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Teams.Joint;

internal static class JointTeamEndpoints
{
    public static void MapJointTeamEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/joint-inspections").WithTags("Teams");
        group.MapPost("/", async (JointInput input, JointTeamService service, CancellationToken ct) =>
        {
            var created = await service.CreateAsync(input, ct);
            return TypedResults.Created($"/api/joint-inspections/{created.Id}", created);
        }).RequireAuthorization(TeamsPermissions.Organize).WithName("CreateJointTeam")
            .WithSummary("组建联合督查组：督导对象、日期和成员单位人员（同时开立其账号），成员只在督查期间看到本组对象");
        group.MapGet("/", (JointTeamService service, CancellationToken ct) => service.ListAsync(ct))
            .RequireAuthorization(TeamsPermissions.Organize).WithName("ListJointTeams").WithSummary("联合督查组列表");
        group.MapGet("/mine", (JointTeamService service, CancellationToken ct) => service.MineAsync(ct))
            .RequireAuthorization(TeamsPermissions.TakePart).WithName("ListMyJointTeams").WithSummary("本人所在的联合督查组及其督导对象（成员单位账号）");
        group.MapGet("/{id}", (string id, JointTeamService service, CancellationToken ct) => service.GetAsync(id, ct))
            .RequireAuthorization(TeamsPermissions.Organize).WithName("GetJointTeam").WithSummary("联合督查组详情");
        group.MapPost("/{id}/findings", async (string id, JointFindingInput input, JointTeamService service, CancellationToken ct) =>
        {
            var recorded = await service.RecordAsync(id, input, ct);
            return TypedResults.Created($"/api/visits/{recorded.VisitId}", recorded);
        }).RequireAuthorization(TeamsPermissions.TakePart).WithName("RecordJointFindings")
            .WithSummary("成员单位人员记录在本组督导对象处发现的问题（记为一次联合督查，每个问题进入整改台账）");
    }
}
