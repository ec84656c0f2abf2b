using System.Text.Json;

namespace Dudao.Tests.Host.Fuzz;

/// <summary>One operation of the OpenAPI document: its route, parameters and, for a JSON body, the body's property names.</summary>
internal sealed record ApiOperation(string Method, string Path, IReadOnlyList<string> PathParameters, IReadOnlyList<string> QueryParameters,
    IReadOnlyList<string>? JsonProperties)
{
    public static IReadOnlyList<ApiOperation> ReadAll(JsonElement document)
    {
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
                string[] In(string where) => parameters.Where(x => x.GetProperty("in").GetString() == where).Select(x => x.GetProperty("name").GetString()!).ToArray();
                operations.Add(new ApiOperation(operation.Name.ToUpperInvariant(), path.Name, In("path"), In("query"), JsonBodyProperties(operation.Value, schemas)));
            }
        }
        return operations;
    }

    public bool HasJsonBody => JsonProperties is not null;

    /// <summary>The route with every path parameter set to <paramref name="value"/> (already escaped).</summary>
    public string Url(string value = "nonexistent") =>
        PathParameters.Aggregate(Path, (url, name) => url.Replace("{" + name + "}", value, StringComparison.Ordinal));

    private static List<string>? JsonBodyProperties(JsonElement operation, JsonElement schemas)
    {
        if (!operation.TryGetProperty("requestBody", out var body) || !body.GetProperty("content").TryGetProperty("application/json", out var json)) return null;
        var schema = json.GetProperty("schema");
        if (schema.TryGetProperty("$ref", out var reference)) schema = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        return schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(x => x.Name).ToList() : [];
    }
}
