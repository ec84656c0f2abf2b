using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dudao.Web.Startup.OpenApi;

/// <summary>
/// Declares the bearer token of <c>POST /api/auth/login</c> as the document's security scheme, and
/// requires it on every operation that needs a signed-in caller. Public operations say so with an
/// empty requirement (no credentials).
/// </summary>
internal sealed class BearerSecurity : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private const string Scheme = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        // The token is opaque (ASP.NET Core's bearer token handler), not a JWT, so no bearerFormat.
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "POST /api/auth/login 返回的 accessToken，放在请求头 Authorization: Bearer … 中；30 分钟无操作后失效",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var requirement = new OpenApiSecurityRequirement();
        if (ApiEndpoints.RequiresLogin(context.Description.ActionDescriptor.EndpointMetadata))
            requirement[new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [];
        operation.Security = [requirement];
        return Task.CompletedTask;
    }
}
