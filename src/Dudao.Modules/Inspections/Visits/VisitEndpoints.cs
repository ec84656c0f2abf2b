using Dudao.Core.Paging;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Inspections.Visits;

/// <summary><c>?regionCode=&amp;month=&amp;targetId=</c> of the visit list, bound with <c>[AsParameters]</c>.</summary>
/// <param name="Month">yyyy-MM.</param>
internal sealed record VisitQuery(string? RegionCode, string? Month, string? TargetId);

/// <summary>The multipart form of <c>POST /api/visits/{id}/files</c>, for the document: any number of files.</summary>
internal sealed record VisitFilesForm(IFormFileCollection Files);

internal static class VisitEndpoints
{
    public static void MapVisitEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/visits").WithTags("Inspections");
        group.MapPost("/", async (VisitInput input, VisitService visits, CancellationToken ct) =>
        {
            var created = await visits.RecordAsync(input, null, ct);
            return TypedResults.Created($"/api/visits/{created.Id}", created);
        }).RequireAuthorization(InspectionsPermissions.Record).WithName("RecordVisit").WithSummary("记录一次督导（每条发现开立一个问题）");
        group.MapGet("/", ([AsParameters] VisitQuery query, [AsParameters] PageQuery paging, VisitService visits, CancellationToken ct) =>
                visits.ListAsync(query.RegionCode, query.Month, query.TargetId, paging.Request, ct))
            .RequireAuthorization(InspectionsPermissions.View).WithName("ListVisits").WithSummary("督导记录列表");
        group.MapGet("/{id}", (string id, VisitService visits, CancellationToken ct) => visits.GetAsync(id, ct))
            .RequireAuthorization(InspectionsPermissions.View).WithName("GetVisit").WithSummary("督导记录详情");
        group.MapPut("/{id}", (string id, VisitEdit input, VisitService visits, CancellationToken ct) => visits.UpdateAsync(id, input, ct))
            .RequireAuthorization(InspectionsPermissions.Record).WithName("UpdateVisit").WithSummary("修改督导记录");
        group.MapPost("/{id}/acknowledge", (string id, VisitService visits, CancellationToken ct) => visits.AcknowledgeAsync(id, ct))
            .RequireAuthorization(InspectionsPermissions.Acknowledge).WithName("AcknowledgeVisit").WithSummary("被督导单位签收督导意见");
        group.MapPost("/{id}/files", async (string id, HttpRequest request, VisitService visits, CancellationToken ct) =>
        {
            var form = await RequestBodies.ReadFormAsync(request, ct);
            var uploads = Upload.From(form.Files);
            return TypedResults.Ok(await visits.AttachAsync(id, uploads, ct));
        }).RequireAuthorization(InspectionsPermissions.Record).DisableAntiforgery()
            .Accepts<VisitFilesForm>("multipart/form-data").WithName("AttachVisitFiles").WithSummary("上传督导记录的附件");
    }
}
