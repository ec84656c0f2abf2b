using Dudao.Core.Paging;
using Dudao.Modules.Escalation.Docket;
using Dudao.Modules.Escalation.Suggestions;
using Dudao.Modules.Shared.Documents;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Organization.Registry;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Escalation.Records;

internal sealed record ReplyInput(string? Reply, int? Version = null);
internal sealed record PublishInput(string? PublicDecision);
internal sealed record DismissInput(string? Note);
/// <param name="Created">How many new suggestions the rules produced.</param>
internal sealed record SuggestionsComputed(int Created);

/// <summary><c>?targetKind=&amp;targetId=&amp;targetName=&amp;targetUnit=&amp;regionCode=</c>: a target as <see cref="EscalationInput"/> names it.</summary>
internal sealed record TargetQuery(string? TargetKind, string? TargetId, string? TargetName, string? TargetUnit, string? RegionCode)
{
    public TargetReference Reference => new(TargetKind, TargetId, TargetName, TargetUnit, RegionCode);
}

/// <summary><c>?regionCode=&amp;level=&amp;targetId=</c> of the escalation list, bound with <c>[AsParameters]</c>.</summary>
internal sealed record EscalationQuery(string? RegionCode, string? Level, string? TargetId);

internal static class EscalationEndpoints
{
    public static void MapEscalationEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/escalations").WithTags("Escalation").RequireAuthorization(EscalationPermissions.View);
        group.MapGet("/", ([AsParameters] EscalationQuery query, [AsParameters] PageQuery paging, EscalationService service, CancellationToken ct) =>
            service.ListAsync(query.RegionCode, query.Level, query.TargetId, paging.Request, ct)).WithName("ListEscalations").WithSummary("督办问责列表");
        group.MapGet("/targets", (string? kind, string? q, TargetSearch search, CancellationToken ct) => search.FindAsync(kind, q, ct))
            .RequireAuthorization(EscalationPermissions.Manage).WithName("FindEscalationTargets")
            .WithSummary("按名称查找督办对象（学校、机构、科室、政府；限管理范围）");
        group.MapGet("/open-items", ([AsParameters] TargetQuery target, TargetSearch search, CancellationToken ct) => search.OpenItemsAsync(target.Reference, ct))
            .RequireAuthorization(EscalationPermissions.Manage).WithName("ListEscalationTargetOpenItems").WithSummary("对象未办结的问题和举报（供关联）");
        group.MapGet("/{id}", (string id, EscalationService service, CancellationToken ct) => service.GetAsync(id, ct))
            .WithName("GetEscalation").WithSummary("督办问责详情");
        group.MapGet("/{id}/docket", Docket).ProducesFile(OfficialDocx.ContentType).WithName("GetEscalationDocket").WithSummary("下载督办单（.docx，仅挂牌督办）");
        group.MapGet("/{id}/document", Document).ProducesFile(OfficialDocx.ContentType).WithName("GetEscalationDocument")
            .WithSummary("下载文书（.docx：通报、约谈通知书或督办单）");
        group.MapPost("/", async (EscalationInput input, EscalationService service, CancellationToken ct) =>
        {
            var created = await service.CreateAsync(input, ct);
            return TypedResults.Created($"/api/escalations/{created.Id}", created);
        }).RequireAuthorization(EscalationPermissions.Manage).WithName("CreateEscalation").WithSummary("发起督办、约谈、挂牌、问责或曝光");
        // The target unit files its own reply; the service decides who may (a relation, not a permission).
        group.MapPost("/{id}/reply", (string id, ReplyInput input, EscalationService service, CancellationToken ct) =>
            service.ReplyAsync(id, input.Reply, input.Version, ct)).WithName("ReplyToEscalation").WithSummary("被督办单位报送整改情况");
        group.MapPost("/{id}/publish", (string id, PublishInput input, EscalationService service, CancellationToken ct) =>
                service.PublishAsync(id, true, input.PublicDecision, ct))
            .RequireAuthorization(EscalationPermissions.Manage).WithName("PublishEscalation").WithSummary("公开曝光");
        group.MapPost("/{id}/unpublish", (string id, EscalationService service, CancellationToken ct) =>
                service.PublishAsync(id, false, null, ct))
            .RequireAuthorization(EscalationPermissions.Manage).WithName("UnpublishEscalation").WithSummary("撤下公开曝光");

        var suggestions = api.MapGroup("/escalation-suggestions").WithTags("Escalation").RequireAuthorization(EscalationPermissions.Manage);
        suggestions.MapGet("/", (string? status, [AsParameters] PageQuery paging, SuggestionService service, CancellationToken ct) =>
            service.ListAsync(status, paging.Request, ct)).WithName("ListEscalationSuggestions").WithSummary("升级督办建议列表");
        suggestions.MapPost("/compute", async (SuggestionService service, CancellationToken ct) => new SuggestionsComputed(await service.ComputeAsync(ct)))
            .WithName("ComputeEscalationSuggestions").WithSummary("按规则重新生成升级督办建议");
        suggestions.MapPost("/{id}/dismiss", (string id, DismissInput input, SuggestionService service, CancellationToken ct) =>
            service.DismissAsync(id, input.Note, ct)).WithName("DismissEscalationSuggestion").WithSummary("不采纳一条建议");
    }

    public static void MapEscalationPublicEndpoints(this IEndpointRouteBuilder publicApi) =>
        publicApi.MapGet("/public/exposures", (string? regionCode, [AsParameters] PageQuery paging, EscalationService service, CancellationToken ct) =>
                service.PublicExposuresAsync(regionCode, paging.Request, ct))
            .WithTags("Public").AllowAnonymous().WithName("ListPublicExposures").WithSummary("公开曝光的问题（无需登录）");

    /// <summary>The documents for the staff pages, signed in with the page cookie.</summary>
    public static void MapEscalationPageDownloads(this RouteGroupBuilder staff)
    {
        staff.MapGet("/escalations/{id}/docket", Docket).RequireAuthorization(EscalationPermissions.View);
        staff.MapGet("/escalations/{id}/document", Document).RequireAuthorization(EscalationPermissions.View);
    }

    private static async Task<IResult> Docket(string id, EscalationDocuments documents, CancellationToken ct) => File(await documents.DocketAsync(id, ct));

    private static async Task<IResult> Document(string id, EscalationDocuments documents, CancellationToken ct) => File(await documents.BuildAsync(id, ct));

    private static IResult File(EscalationDocument document) => Results.File(document.Content, OfficialDocx.ContentType, document.FileName);
}
