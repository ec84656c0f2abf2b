using Dudao.Core.Paging;
using Dudao.Core.Time;
using Dudao.Modules.Escalation.Docket;
using Dudao.Modules.Escalation.Suggestions;
using Dudao.Modules.Organization.Regions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Escalation.Records;

internal sealed record ReplyInput(string? Reply, int? Version = null);
internal sealed record PublishInput(string? PublicDecision);
internal sealed record DismissInput(string? Note);

internal static class EscalationEndpoints
{
    public static void MapEscalationEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/escalations").WithTags("Escalation").RequireAuthorization(EscalationPermissions.View);
        group.MapGet("/", (string? regionCode, string? level, string? targetId, int? page, int? pageSize, EscalationService service, CancellationToken ct) =>
            service.ListAsync(regionCode, level, targetId, PageRequest.Of(page, pageSize), ct));
        group.MapGet("/{id}", (string id, EscalationService service, CancellationToken ct) => service.GetAsync(id, ct));
        group.MapGet("/{id}/docket", Docket);
        group.MapPost("/", async (EscalationInput input, EscalationService service, CancellationToken ct) =>
        {
            var created = await service.CreateAsync(input, ct);
            return Results.Created($"/api/escalations/{created.Id}", created);
        }).RequireAuthorization(EscalationPermissions.Manage);
        // The target unit files its own reply; the service decides who may (a relation, not a permission).
        group.MapPost("/{id}/reply", (string id, ReplyInput input, EscalationService service, CancellationToken ct) =>
            service.ReplyAsync(id, input.Reply, input.Version, ct));
        group.MapPost("/{id}/publish", (string id, PublishInput input, EscalationService service, CancellationToken ct) =>
            service.PublishAsync(id, true, input.PublicDecision, ct)).RequireAuthorization(EscalationPermissions.Manage);
        group.MapPost("/{id}/unpublish", (string id, EscalationService service, CancellationToken ct) =>
            service.PublishAsync(id, false, null, ct)).RequireAuthorization(EscalationPermissions.Manage);

        var suggestions = api.MapGroup("/escalation-suggestions").WithTags("Escalation").RequireAuthorization(EscalationPermissions.Manage);
        suggestions.MapGet("/", (string? status, int? page, int? pageSize, SuggestionService service, CancellationToken ct) =>
            service.ListAsync(status, PageRequest.Of(page, pageSize), ct));
        suggestions.MapPost("/compute", async (SuggestionService service, CancellationToken ct) => new { created = await service.ComputeAsync(ct) });
        suggestions.MapPost("/{id}/dismiss", (string id, DismissInput input, SuggestionService service, CancellationToken ct) =>
            service.DismissAsync(id, input.Note, ct));
    }

    public static void MapEscalationPublicEndpoints(this IEndpointRouteBuilder publicApi) =>
        publicApi.MapGet("/public/exposures", (string? regionCode, int? page, int? pageSize, EscalationService service, CancellationToken ct) =>
            service.PublicExposuresAsync(regionCode, PageRequest.Of(page, pageSize), ct)).WithTags("Public").AllowAnonymous();

    /// <summary>The 督办单 for the staff pages, signed in with the page cookie.</summary>
    public static void MapEscalationPageDownloads(this RouteGroupBuilder staff) =>
        staff.MapGet("/escalations/{id}/docket", Docket).RequireAuthorization(EscalationPermissions.View);

    private static async Task<IResult> Docket(string id, EscalationService service, RegionDirectory regions, TimeProvider clock, CancellationToken ct)
    {
        var record = await service.RecordForDocketAsync(id, ct);
        var document = DocketDocument.Build(record, await service.ProblemsAsync(id, ct), await regions.NameAsync(record.RegionCode, ct), clock.Today());
        return Results.File(document, DocketDocument.ContentType, $"督办单-{record.TargetDisplay}.docx");
    }
}
