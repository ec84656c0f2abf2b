using Dudao.Core.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Dudao.Modules.Shared.Http;

/// <summary>
/// Responses an endpoint declares for the OpenAPI document beyond those every API endpoint gets
/// from the host (400, 401, 403, 404, 409, 429 as they apply).
/// </summary>
internal static class ApiResponses
{
    /// <summary>A download: the file's bytes (a binary string in the document) under its content type.</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, string contentType) =>
        builder.Produces<Stream>(StatusCodes.Status200OK, contentType);

    /// <summary>422 with <c>rowErrors</c>: an import refused whole, every bad row listed.</summary>
    public static RouteHandlerBuilder ProducesImportRefusal(this RouteHandlerBuilder builder) =>
        builder.Produces<ImportRefusal>(StatusCodes.Status422UnprocessableEntity, "application/problem+json");
}

/// <summary>The body of a refused import as the host's exception handler writes it; described, never built here.</summary>
internal sealed class ImportRefusal : ProblemDetails
{
    public required IReadOnlyList<RowError> RowErrors { get; init; }
}
