using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dudao.Web.Startup;

/// <summary>
/// Puts "string" back into the OpenAPI document: the schema exporter cannot see through a converter
/// outside System.Text.Json, and <see cref="XmlSafeStringConverter"/> replaces the one for strings.
/// </summary>
internal sealed class StringSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(string))
            schema.Type = context.JsonPropertyInfo is { IsSetNullable: true } ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        // A list of strings loses its items the same way.
        else if (context.JsonTypeInfo is { Kind: JsonTypeInfoKind.Enumerable, ElementType: var element } && element == typeof(string) && schema.Items is null)
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        return Task.CompletedTask;
    }
}
