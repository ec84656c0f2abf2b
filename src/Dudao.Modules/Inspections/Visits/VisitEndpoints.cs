using Dudao.Core.Paging;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Inspections.Visits;

internal static class VisitEndpoints
{
    public static void MapVisitEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/visits").WithTags("Inspections");
        group.MapPost("/", async (VisitInput input, VisitService visits, CancellationToken ct) =>
        {
            var created = await visits.RecordAsync(input, null, ct);
            return Results.Created($"/api/visits/{created.Id}", created);
        }).RequireAuthorization(InspectionsPermissions.Record);
        group.MapGet("/", (string? regionCode, string? month, string? targetId, int? page, int? pageSize, VisitService visits, CancellationToken ct) =>
            visits.ListAsync(regionCode, month, targetId, PageRequest.Of(page, pageSize), ct)).RequireAuthorization(InspectionsPermissions.View);
        group.MapGet("/{id}", (string id, VisitService visits, CancellationToken ct) => visits.GetAsync(id, ct))
            .RequireAuthorization(InspectionsPermissions.View);
        group.MapPut("/{id}", (string id, VisitEdit input, VisitService visits, CancellationToken ct) => visits.UpdateAsync(id, input, ct))
            .RequireAuthorization(InspectionsPermissions.Record);
        group.MapPost("/{id}/acknowledge", (string id, VisitService visits, CancellationToken ct) => visits.AcknowledgeAsync(id, ct))
            .RequireAuthorization(InspectionsPermissions.Acknowledge);
        group.MapPost("/{id}/files", async (string id, HttpRequest request, VisitService visits, CancellationToken ct) =>
        {
            var form = await RequestBodies.ReadFormAsync(request, ct);
            var uploads = Upload.From(form.Files);
            return Results.Ok(await visits.AttachAsync(id, uploads, ct));
        }).RequireAuthorization(InspectionsPermissions.Record).DisableAntiforgery();
    }
}
