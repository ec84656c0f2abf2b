using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Dudao.Web.Startup.OpenApi;

/// <summary>
/// Declares, for every API endpoint of a group, the problem responses that the host gives any of
/// them, so that no endpoint repeats them: 400 (a malformed query or body), 401 and 403 (a route
/// that needs a login), 404 (a record named in the route that is absent or out of the caller's
/// scope), 409 (a change that meets a newer version or a state that refuses it) and 429 (a rate
/// limited route). What only some endpoints answer (422 for a refused import, 423 for a locked
/// account) each of them declares.
/// </summary>
internal static class ProblemResponses
{
    private const string ProblemJson = "application/problem+json";

    public static RouteGroupBuilder WithProblemResponses(this RouteGroupBuilder group)
    {
        // Finally: after the endpoint's own conventions, so its authorization, rate limiting and declared responses are known.
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            var metadata = endpoint.Metadata;
            if (metadata.OfType<IExcludeFromDescriptionMetadata>().Any(m => m.ExcludeFromDescription)) return;
            var declared = metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToHashSet();
            void Add(int status, Type type)
            {
                if (declared.Add(status)) metadata.Add(new ProducesResponseTypeMetadata(status, type, [ProblemJson]));
            }

            var secured = ApiEndpoints.RequiresLogin(metadata);
            Add(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails));
            if (secured)
            {
                Add(StatusCodes.Status401Unauthorized, typeof(ProblemDetails));
                Add(StatusCodes.Status403Forbidden, typeof(ProblemDetails));
            }
            if (endpoint is RouteEndpointBuilder { RoutePattern.Parameters.Count: > 0 }) Add(StatusCodes.Status404NotFound, typeof(ProblemDetails));
            if (secured && IsWrite(metadata)) Add(StatusCodes.Status409Conflict, typeof(ProblemDetails));
            if (metadata.OfType<EnableRateLimitingAttribute>().Any()) Add(StatusCodes.Status429TooManyRequests, typeof(ProblemDetails));
        });
        return group;
    }

    private static bool IsWrite(IList<object> metadata) =>
        metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).Any(m => !HttpMethods.IsGet(m) && !HttpMethods.IsHead(m));
}
