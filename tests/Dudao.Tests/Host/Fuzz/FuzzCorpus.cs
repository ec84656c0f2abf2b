using System.Text;
using System.Text.Json.Nodes;

namespace Dudao.Tests.Host.Fuzz;

/// <summary>One request to send: everything but the caller's credentials.</summary>
internal sealed record FuzzRequest(string Method, string Url, string? ContentType = null, string? Body = null, string? Accept = null)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body));
            if (ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        if (Accept is not null) message.Headers.TryAddWithoutValidation("Accept", Accept);
        return message;
    }

    public override string ToString() =>
        $"{Method} {Url}{(ContentType is null ? "" : $" [{ContentType}]")}{(Body is null ? "" : $" {Shorten(Body)}")}{(Accept is null ? "" : $" Accept: {Accept}")}";

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";
}

/// <summary>
/// Malformed input for every operation: odd path and query values, bodies of the wrong shape, wrong
/// content types and charsets, and each JSON property set to a value of the wrong type, null, null
/// inside an array, a huge number, an out-of-range date or U+0000.
/// </summary>
internal static class FuzzCorpus
{
    private static readonly string Long = new('x', 1000);

    private static readonly string[] OddValues = ["", "00", "\0", "-1", "2147483648", "0001-01-01", "9999-12-31", "2026-13", Long];

    // U+0000 in a path never reaches the app: Kestrel refuses it (and the test server cannot send it).
    private static readonly string[] OddPathValues = ["00", "-1", "0001-01-01", "9999-12-31", "2147483648", "%", Long];

    private static readonly string Deep = new string('[', 200) + new string(']', 200);

    private static readonly string[] OddBodies = ["", "null", "[]", "\"text\"", "123", "true", "{", "not json", "{\"a\":", Deep, "{\"x\":1e400}", "[null]"];

    private static readonly string?[] OddContentTypes =
        [null, "text/plain", "application/xml", "multipart/form-data", "multipart/form-data; boundary=fuzz", "application/x-www-form-urlencoded",
         "application/json; charset=bogus", "application/json; charset=utf-16", "application/json; charset", "application/json; charset="];

    private static readonly JsonNode?[] OddPropertyValues =
        [null, new JsonArray((JsonNode?)null), new JsonObject { ["a"] = new JsonArray((JsonNode?)null) }, 1e308, "9999-12-31", "\0", Long];

    public static IEnumerable<FuzzRequest> For(ApiOperation op)
    {
        // An operation without input has nothing to fuzz (and may start work, such as computing suggestions).
        if (op.PathParameters.Count == 0 && op.QueryParameters.Count == 0 && !op.HasJsonBody) yield break;
        var body = op.HasJsonBody ? "{}" : null;
        var type = op.HasJsonBody ? "application/json" : null;
        foreach (var value in OddPathValues.Where(_ => op.PathParameters.Count > 0))
            yield return new FuzzRequest(op.Method, op.Url(Uri.EscapeDataString(value)), type, body);
        foreach (var name in op.QueryParameters)
        {
            foreach (var value in OddValues)
                yield return new FuzzRequest(op.Method, $"{op.Url()}?{name}={Uri.EscapeDataString(value)}", type, body);
        }
        yield return OnlyHtml(op);
        if (!op.HasJsonBody) yield break;

        foreach (var contentType in OddContentTypes) yield return new FuzzRequest(op.Method, op.Url(), contentType, "{}");
        foreach (var odd in OddBodies) yield return new FuzzRequest(op.Method, op.Url(), "application/json", odd);
        foreach (var property in op.JsonProperties!)
        {
            foreach (var value in OddPropertyValues)
                yield return new FuzzRequest(op.Method, op.Url(), "application/json", new JsonObject { [property] = value?.DeepClone() }.ToJsonString());
        }
        yield return Every(op, () => null);
        yield return Every(op, () => new JsonArray((JsonNode?)null));
    }

    /// <summary>The operation as it is, from a client that takes only HTML: it still gets its error.</summary>
    public static FuzzRequest OnlyHtml(ApiOperation op) =>
        new(op.Method, op.Url(), op.HasJsonBody ? "application/json" : null, op.HasJsonBody ? "{}" : null, Accept: "text/html");

    private static FuzzRequest Every(ApiOperation op, Func<JsonNode?> value)
    {
        var body = new JsonObject();
        foreach (var property in op.JsonProperties!) body[property] = value();
        return new FuzzRequest(op.Method, op.Url(), "application/json", body.ToJsonString());
    }
}
