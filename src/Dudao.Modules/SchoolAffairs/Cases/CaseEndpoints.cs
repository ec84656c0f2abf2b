using Dudao.Modules.Platform.Files;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.SchoolAffairs.Cases;

internal static class CaseEndpoints
{
    public static void MapCaseEndpoints(this IEndpointRouteBuilder api, IEndpointRouteBuilder publicApi)
    {
        var group = api.MapGroup("/cases").WithTags("SchoolAffairs");
        group.MapPost("/", async (HttpRequest request, CaseService cases, CancellationToken ct) =>
            {
                CaseInput input;
                IReadOnlyList<Upload> uploads = [];
                if (request.HasFormContentType)
                {
                    var form = await RequestBodies.ReadFormAsync(request, ct);
                    input = new CaseInput(form["title"], form["category"], form["text"]);
                    uploads = Upload.From(form.Files);
                }
                else
                {
                    input = await RequestBodies.ReadJsonAsync<CaseInput>(request, ct);
                }
                var created = await cases.SubmitAsync(input, uploads, ct);
                return TypedResults.Created($"/api/cases/{created.Id}", created);
            })
            .RequireAuthorization(SchoolAffairsPermissions.SubmitCase).DisableAntiforgery()
            .Accepts<CaseInput>("application/json", "multipart/form-data")
            .WithName("SubmitCase").WithSummary("学校或督学报送优秀案例：JSON，或 multipart 表单（title、category、text 字段，附件 files 最多5个）");
        group.MapGet("/", (string? status, string? regionCode, CaseService cases, CancellationToken ct) => cases.ListAsync(status, regionCode, ct))
            .RequireAuthorization(SchoolAffairsPermissions.View).WithName("ListCases").WithSummary("本单位范围内的优秀案例（学校只看本校）");
        group.MapGet("/missing", (string? regionCode, CaseService cases, CancellationToken ct) => cases.MissingAsync(regionCode, ct))
            .RequireAuthorization(SchoolAffairsPermissions.Review).WithName("ListSchoolsMissingCases").WithSummary("本季度尚未报送足额优秀案例的学校");
        group.MapPost("/reminders", (string? regionCode, CaseService cases, CancellationToken ct) => cases.RemindAsync(regionCode, ct))
            .RequireAuthorization(SchoolAffairsPermissions.Review).WithName("RemindSchoolsMissingCases").WithSummary("提醒本季度尚未报送的学校（每校每季度只提醒一次）");
        group.MapGet("/{id}", (string id, CaseService cases, CancellationToken ct) => cases.GetAsync(id, ct))
            .RequireAuthorization(SchoolAffairsPermissions.View).WithName("GetCase").WithSummary("优秀案例详情及附件");
        group.MapPost("/{id}/publish", (string id, CaseService cases, CancellationToken ct) => cases.PublishAsync(id, ct))
            .RequireAuthorization(SchoolAffairsPermissions.Review).WithName("PublishCase").WithSummary("发布到公开案例库（督导室）");
        group.MapPost("/{id}/file", (string id, CaseReviewInput input, CaseService cases, CancellationToken ct) => cases.FileAsync(id, input, ct))
            .RequireAuthorization(SchoolAffairsPermissions.Review).WithName("FileCase").WithSummary("已阅存档、不发布（督导室）");

        publicApi.MapGet("/public/cases", (string? category, CaseService cases, CancellationToken ct) => cases.PublishedAsync(category, ct))
            .WithTags("SchoolAffairs").WithName("ListPublicCases").WithSummary("公开的“双减”优秀案例库（无需登录）");
    }
}
