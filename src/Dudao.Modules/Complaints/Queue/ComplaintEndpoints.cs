using Dudao.Core.Paging;
using Dudao.Core.Scope;
using Dudao.Modules.Complaints.Handling;
using Dudao.Modules.Complaints.Intake;
using Dudao.Modules.Complaints.Reporter;
using Dudao.Modules.Complaints.Stats;
using Dudao.Modules.Complaints.Triage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Complaints.Queue;

/// <summary>The staff complaint API. No response here carries a reporter's identity except <c>/reporter</c>, which audits.</summary>
internal static class ComplaintEndpoints
{
    public static void MapComplaintEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/complaints").WithTags("Complaints").RequireAuthorization(ComplaintsPermissions.View);

        group.MapGet("/", (string? regionCode, string? status, string? category, string? channel, string? department, bool? overdue, bool? hot,
                string? q, int? page, int? pageSize, ComplaintQueries queries, CancellationToken ct) =>
            queries.ListAsync(new ComplaintFilter(regionCode, status, category, channel, department, overdue, hot, q), PageRequest.Of(page, pageSize), ct));
        group.MapGet("/hot-targets", (string? regionCode, HotTargets hot, ICurrentUser me, CancellationToken ct) =>
            hot.ListAsync(RegionFilter.OrDefault(regionCode, me.RegionCode), ct));
        group.MapGet("/stats", (string? regionCode, DateOnly? from, DateOnly? to, ComplaintStats stats, CancellationToken ct) =>
            stats.GetAsync(regionCode, from, to, ct));
        group.MapGet("/routes", (string? regionCode, RoutingTable routes, ICurrentUser me, CancellationToken ct) =>
            routes.EffectiveAsync(RegionFilter.OrDefault(regionCode, me.RegionCode), ct));
        group.MapPut("/routes", async (RouteInput input, RoutingTable routes, CancellationToken ct) =>
        {
            await routes.SetAsync(input, ct);
            return Results.NoContent();
        }).RequireAuthorization(ComplaintsPermissions.ManageRoutes);

        group.MapPost("/", async (ComplaintInput input, ComplaintIntake intake, CancellationToken ct) =>
        {
            var submitted = await intake.RecordAsync(input, ct);
            return Results.Created($"/api/complaints/{submitted.Id}", new { id = submitted.Id, receiptCode = submitted.ReceiptCode });
        }).RequireAuthorization(ComplaintsPermissions.Intake);

        group.MapGet("/{id}", (string id, ComplaintQueries queries, CancellationToken ct) => queries.GetAsync(id, ct));
        group.MapGet("/{id}/reporter", (string id, string? reason, ReporterReveal reveal, CancellationToken ct) => reveal.RevealAsync(id, reason, ct))
            .RequireAuthorization(ComplaintsPermissions.RevealReporter);

        var handle = group.MapGroup("/{id}").RequireAuthorization(ComplaintsPermissions.Handle);
        handle.MapPost("/accept", async (string id, VersionInput? input, ComplaintHandling handling, CancellationToken ct) =>
        {
            await handling.AcceptAsync(id, input ?? new VersionInput(), ct);
            return Results.NoContent();
        });
        handle.MapPost("/extend", async (string id, ExtendInput input, ComplaintHandling handling, CancellationToken ct) =>
        {
            await handling.ExtendAsync(id, input, ct);
            return Results.NoContent();
        });
        handle.MapPost("/investigations", async (string id, InvestigationInput input, ComplaintHandling handling, CancellationToken ct) =>
        {
            var (investigationId, problemIds) = await handling.InvestigateAsync(id, input, ct);
            return Results.Created($"/api/complaints/{id}", new { id = investigationId, problemIds });
        });
        handle.MapPost("/reply", async (string id, ReplyInput input, ComplaintHandling handling, CancellationToken ct) =>
        {
            await handling.ReplyAsync(id, input, ct);
            return Results.NoContent();
        });
        handle.MapPost("/close", async (string id, VersionInput? input, ComplaintHandling handling, CancellationToken ct) =>
        {
            await handling.CloseAsync(id, input ?? new VersionInput(), ct);
            return Results.NoContent();
        });
    }
}
