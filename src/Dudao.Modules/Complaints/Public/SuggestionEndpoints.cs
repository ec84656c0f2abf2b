using Dudao.Core.Scope;
using Dudao.Modules.Complaints.Protection;
using Dudao.Modules.Complaints.Triage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Complaints.Public;

/// <summary>The complaint form's name lookup as an HTML fragment fetched by dudao.js: the form is not posted, so chosen files stay chosen.</summary>
internal static class SuggestionEndpoints
{
    public static void MapSuggestionEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/complaints/suggestions", async (
                [FromQuery(Name = "Input.RegionCode")] string? regionCode, [FromQuery(Name = "Input.TargetKind")] string? targetKind,
                [FromQuery(Name = "Input.TargetName")] string? targetName, TargetMatcher matcher, CancellationToken ct) =>
            RegionFilter.Parse(regionCode) is not { } code
                ? new RazorComponentResult<TargetSuggestions>(new { Error = TargetSuggestions.NoRegion })
                : new RazorComponentResult<TargetSuggestions>(new { Suggestions = await matcher.SuggestAsync(code, targetKind, targetName, 5, ct) }))
            .RequireRateLimiting(PublicRateLimit.Policy).ExcludeFromDescription();
}
