using Microsoft.AspNetCore.OpenApi;

namespace Dudao.Web.Startup.OpenApi;

/// <summary>
/// How <c>/openapi/v1.json</c> is built: complete enough for a generated client (ADR-063). Each
/// endpoint names its operation and its success body; the common problem responses come from
/// <see cref="ProblemResponses"/>, the bearer scheme from <see cref="BearerSecurity"/>.
/// </summary>
internal static class ApiDocument
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddSchemaTransformer<StringSchemaTransformer>();
        options.AddDocumentTransformer<DocumentInfo>();
        options.AddDocumentTransformer<BearerSecurity>();
        options.AddOperationTransformer<BearerSecurity>();
        options.AddOperationTransformer<QueryParameterNames>();
    }
}
