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

/// <param name="Id">The investigation's id.</param>
/// <param name="ProblemIds">Problems opened in the rectification ledger from what it found.</param>
internal sealed record InvestigationRecorded(string Id, IReadOnlyList<string> ProblemIds);

/// <summary><c>?regionCode=&amp;from=&amp;to=</c> of the complaint statistics, bound with <c>[AsParameters]</c>.</summary>
internal sealed record ComplaintStatsQuery(string? RegionCode, DateOnly? From, DateOnly? To);

/// <summary>The staff complaint API. No response here carries a reporter's identity except <c>/reporter</c>, which audits.</summary>
internal static class ComplaintEndpoints
{
    public static void MapComplaintEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/complaints").WithTags("Complaints").RequireAuthorization(ComplaintsPermissions.View);

        group.MapGet("/", ([AsParameters] ComplaintFilter filter, [AsParameters] PageQuery paging, ComplaintQueries queries, CancellationToken ct) =>
            queries.ListAsync(filter, paging.Request, ct)).WithName("ListComplaints").WithSummary("举报列表");
        group.MapGet("/hot-targets", (string? regionCode, HotTargets hot, ICurrentUser me, CancellationToken ct) =>
            hot.ListAsync(me.ReadableRegion(regionCode), ct)).WithName("ListHotComplaintTargets").WithSummary("被集中举报的对象");
        group.MapGet("/stats", ([AsParameters] ComplaintStatsQuery query, ComplaintStats stats, CancellationToken ct) =>
            stats.GetAsync(query.RegionCode, query.From, query.To, ct)).WithName("GetComplaintStats").WithSummary("举报统计");
        group.MapGet("/routes", (string? regionCode, RoutingTable routes, ICurrentUser me, CancellationToken ct) =>
            routes.EffectiveAsync(me.ReadableRegion(regionCode), ct)).WithName("ListComplaintRoutes").WithSummary("举报分办规则");
        group.MapPut("/routes", async (RouteInput input, RoutingTable routes, CancellationToken ct) =>
        {
            await routes.SetAsync(input, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(ComplaintsPermissions.ManageRoutes).WithName("SetComplaintRoute").WithSummary("设置举报分办规则");

        group.MapPost("/", async (ComplaintInput input, ComplaintIntake intake, CancellationToken ct) =>
        {
            var submitted = await intake.RecordAsync(input, ct);
            return TypedResults.Created($"/api/complaints/{submitted.Id}", submitted);
        }).RequireAuthorization(ComplaintsPermissions.Intake).WithName("RecordComplaint").WithSummary("登记来电、来信等渠道的举报");

        group.MapGet("/transfers", ([AsParameters] PageQuery paging, TransferTrace trace, CancellationToken ct) => trace.SentAwayAsync(paging.Request, ct))
            .WithName("ListTransferredComplaints").WithSummary("已转至其他区县的举报（转出留痕，只读）");

        group.MapGet("/{id}", (string id, ComplaintQueries queries, CancellationToken ct) => queries.GetAsync(id, ct))
            .WithName("GetComplaint").WithSummary("举报详情（不含举报人身份）");
        group.MapGet("/{id}/reporter", (string id, string? reason, ReporterReveal reveal, CancellationToken ct) => reveal.RevealAsync(id, reason, ct))
            .RequireAuthorization(ComplaintsPermissions.RevealReporter).WithName("RevealComplaintReporter").WithSummary("查看举报人身份（留痕）");
        group.MapGet("/{id}/transfers", (string id, TransferTrace trace, CancellationToken ct) => trace.OfComplaintAsync(id, ct))
            .WithName("ListComplaintTransfers").WithSummary("举报的转办记录");

        var handle = group.MapGroup("/{id}").RequireAuthorization(ComplaintsPermissions.Handle);
        handle.MapPost("/accept", async (string id, VersionInput? input, ComplaintHandling handling, CancellationToken ct) =>
        {
            await handling.AcceptAsync(id, input ?? new VersionInput(), ct);
            return TypedResults.NoContent();
        }).WithName("AcceptComplaint").WithSummary("受理举报");
        handle.MapPost("/extend", async (string id, ExtendInput input, ComplaintHandling handling, CancellationToken ct) =>
        {
            await handling.ExtendAsync(id, input, ct);
            return TypedResults.NoContent();
        }).WithName("ExtendComplaint").WithSummary("延长办理期限");
        handle.MapPost("/investigations", async (string id, InvestigationInput input, ComplaintHandling handling, CancellationToken ct) =>
        {
            var (investigationId, problemIds) = await handling.InvestigateAsync(id, input, ct);
            return TypedResults.Created($"/api/complaints/{id}", new InvestigationRecorded(investigationId, problemIds));
        }).WithName("RecordComplaintInvestigation").WithSummary("登记核查结果（查实的问题转入整改台账）");
        handle.MapPost("/reply", async (string id, ReplyInput input, ComplaintHandling handling, CancellationToken ct) =>
        {
            await handling.ReplyAsync(id, input, ct);
            return TypedResults.NoContent();
        }).WithName("ReplyToComplaint").WithSummary("答复举报人");
        handle.MapPost("/transfer", async (string id, TransferInput input, ComplaintHandling handling, CancellationToken ct) =>
        {
            await handling.TransferAsync(id, input, ct);
            return TypedResults.NoContent();
        }).WithName("TransferComplaint").WithSummary("转办举报（本地科室，或受理前转至其他区县）");
        handle.MapPost("/reject", async (string id, RejectInput input, ComplaintHandling handling, CancellationToken ct) =>
        {
            await handling.RejectAsync(id, input, ct);
            return TypedResults.NoContent();
        }).WithName("RejectComplaint").WithSummary("不予受理（理由告知举报人）");
        handle.MapPost("/close", async (string id, VersionInput? input, ComplaintHandling handling, CancellationToken ct) =>
        {
            await handling.CloseAsync(id, input ?? new VersionInput(), ct);
            return TypedResults.NoContent();
        }).WithName("CloseComplaint").WithSummary("办结举报");
    }
}
