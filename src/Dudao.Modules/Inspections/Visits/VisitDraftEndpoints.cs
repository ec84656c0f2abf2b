using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Inspections.Visits;

internal static class VisitDraftEndpoints
{
    public static void MapVisitDraftEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/visit-drafts/{targetKind}/{targetId}").WithTags("Inspections").RequireAuthorization(InspectionsPermissions.Record);
        group.MapGet("/", (string targetKind, string targetId, VisitDraftService drafts, CancellationToken ct) => drafts.GetAsync(targetKind, targetId, ct))
            .WithName("GetVisitDraft").WithSummary("本人对该督导对象未提交的督导草稿");
        group.MapPut("/", (string targetKind, string targetId, VisitForm? form, VisitDraftService drafts, CancellationToken ct) =>
                drafts.SaveAsync(targetKind, targetId, form, ct))
            .WithName("SaveVisitDraft").WithSummary("保存督导草稿（每人每个督导对象一份，提交督导记录时带上 draftId）");
        group.MapDelete("/", async (string targetKind, string targetId, VisitDraftService drafts, CancellationToken ct) =>
        {
            await drafts.DiscardAsync(targetKind, targetId, ct);
            return TypedResults.NoContent();
        }).WithName("DiscardVisitDraft").WithSummary("放弃督导草稿");
    }

    /// <summary>
    /// The visit form's autosave with script: the page posts its own fields, without their "Input."
    /// prefix, with the page cookie and antiforgery token (checked because the form is bound), and
    /// learns the draft's id and time.
    /// </summary>
    public static void MapVisitDraftAutosave(this IEndpointRouteBuilder staff) =>
        staff.MapPost("/visits/draft", ([FromQuery] string? targetKind, [FromQuery] string? targetId, [FromForm] VisitForm? form,
                VisitDraftService drafts, CancellationToken ct) => drafts.SaveAsync(targetKind, targetId, form, ct))
            .RequireAuthorization(InspectionsPermissions.Record);
}
