using Dudao.Core.Scope;
using Dudao.Modules.Complaints.Intake;
using Dudao.Modules.Complaints.Protection;
using Dudao.Modules.Complaints.Triage;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Complaints.Public;

public sealed record ReceiptDto(string ReceiptCode);

public sealed record TargetSuggestionDto(string Kind, string Name);

/// <summary><c>?regionCode=&amp;targetKind=&amp;q=</c> of the target suggestions, bound with <c>[AsParameters]</c>.</summary>
/// <param name="Q">What the reporter has typed of the name.</param>
internal sealed record TargetQuery(string? RegionCode, string? TargetKind, string? Q);

/// <summary>The public complaint API: no login, rate limited per client, nothing about the client stored.</summary>
internal static class PublicComplaintEndpoints
{
    public static void MapPublicComplaintEndpoints(this IEndpointRouteBuilder publicApi)
    {
        var group = publicApi.MapGroup("/public/complaints").WithTags("Complaints (public)").RequireRateLimiting(PublicRateLimit.Policy);

        // JSON per the contract; multipart/form-data with the same field names (reporter.name, reporter.phone) adds evidence files.
        // A retry with the same Idempotency-Key and report answers the same receipt (201 again) and stores nothing new.
        group.MapPost("/", async (HttpRequest request, ComplaintIntake intake, CancellationToken ct) =>
        {
            var (input, evidence) = request.HasFormContentType ? await ReadFormAsync(request, ct) : (await RequestBodies.ReadJsonAsync<ComplaintInput>(request, ct), []);
            var key = request.Headers.TryGetValue(SubmissionKeys.Header, out var values) ? values.ToString().Trim() : null;
            var submitted = await intake.SubmitAsync(input, evidence, key, ct);
            return TypedResults.Created((string?)null, new ReceiptDto(submitted.ReceiptCode));
        }).Accepts<ComplaintInput>("application/json", "multipart/form-data")
            // 422: the Idempotency-Key was used for a different report.
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("SubmitComplaint").WithSummary("提交举报（无需登录），返回回执码");

        group.MapGet("/{receiptCode}", (string receiptCode, ReceiptLookup lookup, CancellationToken ct) => lookup.FindAsync(receiptCode, ct))
            .WithName("GetComplaintByReceipt").WithSummary("凭回执码查询办理进度");

        group.MapGet("/targets", async ([AsParameters] TargetQuery query, TargetMatcher matcher, CancellationToken ct) =>
                RegionFilter.Parse(query.RegionCode) is not { } code
                    ? []
                    : (await matcher.SuggestAsync(code, query.TargetKind, query.Q, 8, ct)).Select(c => new TargetSuggestionDto(c.Kind, c.Name)))
            .WithName("SuggestComplaintTargets").WithSummary("举报对象名称联想");
    }

    private static async Task<(ComplaintInput, IReadOnlyList<Upload>)> ReadFormAsync(HttpRequest request, CancellationToken ct)
    {
        var form = await RequestBodies.ReadFormAsync(request, ct);
        string? Field(string name) => form.TryGetValue(name, out var v) ? v.ToString() : null;
        var anonymous = Field("anonymous") is { Length: > 0 } a ? bool.TryParse(a, out var b) ? b : (bool?)null : null;
        var name = Field("reporter.name");
        var phone = Field("reporter.phone");
        var input = new ComplaintInput(Field("targetKind"), Field("targetName"), Field("regionCode"), Field("category"), Field("content"),
            anonymous, name is null && phone is null ? null : new ReporterInput(name, phone));
        return (input, EvidenceFiles.Read(form.Files.GetFiles(EvidenceFiles.Field)));
    }
}
