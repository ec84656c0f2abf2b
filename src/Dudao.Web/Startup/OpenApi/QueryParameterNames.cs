using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dudao.Web.Startup.OpenApi;

/// <summary>
/// Query parameters are camelCase like the JSON (<c>?regionCode=&amp;pageSize=</c>). Filters bound
/// with <c>[AsParameters]</c> are described by their property names (<c>RegionCode</c>); the binder
/// matches query keys regardless of case, so the document gives the contract's spelling.
/// </summary>
internal sealed class QueryParameterNames : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p is { In: ParameterLocation.Query, Name: not null }))
            parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
        return Task.CompletedTask;
    }
}
