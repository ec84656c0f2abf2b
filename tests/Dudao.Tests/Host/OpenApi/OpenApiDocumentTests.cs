using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dudao.Tests.Host.OpenApi;

/// <summary>
/// <c>/openapi/v1.json</c> is complete enough for a generated client: it passes Redocly's recommended
/// rules, openapi-typescript types every response body, and each operation names itself, its
/// security and its problem responses.
/// </summary>
public sealed partial class OpenApiDocumentTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_document_passes_Redocly_recommended_rules_without_an_error(DatabaseKind kind)
    {
        var file = await SaveDocumentAsync(kind);
        var (exitCode, output) = await OpenApiTools.RunAsync("redocly", "lint", file, "--format=stylish", "--max-problems=1000");
        exitCode.ShouldBe(0, $"redocly lint found errors:\n{output}");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_client_generated_with_openapi_typescript_knows_every_response_body(DatabaseKind kind)
    {
        var file = await SaveDocumentAsync(kind);
        var types = Path.ChangeExtension(file, ".d.ts");
        var (exitCode, output) = await OpenApiTools.RunAsync("openapi-typescript", file, "--output", types);
        exitCode.ShouldBe(0, output);

        var lines = await File.ReadAllLinesAsync(types);
        lines.ShouldContain(l => l.Contains("components[\"schemas\"][\"AccessTokenResponse\"]"), "the login's token has its shape");
        // Response headers are open-ended by design ([name: string]: unknown); any other unknown is a body a client cannot type.
        var unknown = lines.Select((line, i) => (Line: line.Trim(), Number: i + 1))
            .Where(l => Unknown().IsMatch(l.Line) && l.Line != "[name: string]: unknown;")
            .Select(l => $"{l.Number}: {l.Line}").ToList();
        unknown.ShouldBeEmpty($"untyped in the generated client ({types}):\n{string.Join("\n", unknown)}");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Every_operation_has_a_name_a_chinese_summary_its_security_and_its_problems(DatabaseKind kind)
    {
        using var document = JsonDocument.Parse(await FetchAsync(kind));
        var root = document.RootElement;
        root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString().ShouldBe("bearer");

        var names = new HashSet<string>();
        var faults = new List<string>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var op = operation.Value;
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                if (!path.Name.StartsWith("/api/", StringComparison.Ordinal)) faults.Add($"{where}: not an API route (staff pages stay out)");
                if (!op.TryGetProperty("operationId", out var id) || !names.Add(id.GetString()!)) faults.Add($"{where}: no operationId, or not unique");
                if (!op.TryGetProperty("summary", out var summary) || !summary.GetString()!.Any(c => c is >= '\u4e00' and <= '\u9fff'))
                    faults.Add($"{where}: no Chinese summary");

                var responses = op.GetProperty("responses").EnumerateObject().ToDictionary(r => r.Name, r => r.Value);
                var success = responses.Where(r => r.Key.StartsWith('2')).ToList();
                if (success.Count == 0 || success.Any(r => r.Key != "204" && !r.Value.TryGetProperty("content", out _)))
                    faults.Add($"{where}: a success response without a body schema");
                if (!responses.ContainsKey("400")) faults.Add($"{where}: no 400");
                if (path.Name.Contains('{', StringComparison.Ordinal) && !responses.ContainsKey("404")) faults.Add($"{where}: a route parameter but no 404");

                var bearer = op.GetProperty("security").EnumerateArray().Any(s => s.TryGetProperty("Bearer", out _));
                var isPublic = path.Name.StartsWith("/api/public/", StringComparison.Ordinal) || path.Name == "/api/auth/login";
                if (bearer == isPublic) faults.Add($"{where}: security {(bearer ? "Bearer on a public route" : "missing")}");
                if (bearer && !(responses.ContainsKey("401") && responses.ContainsKey("403"))) faults.Add($"{where}: bearer but no 401/403");
            }
        }
        names.ShouldContain("Login");
        faults.ShouldBeEmpty(string.Join("\n", faults));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Filters_bound_from_records_keep_their_camel_case_query_names_and_name_a_bad_value(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        using var document = JsonDocument.Parse(await FetchAsync(kind));
        var problems = document.RootElement.GetProperty("paths").GetProperty("/api/problems").GetProperty("get");
        problems.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString())
            .ShouldBe(["regionCode", "status", "overdue", "source", "category", "targetKind", "targetId", "q", "page", "pageSize"]);

        var api = await app.ApiAsync("jlp-admin");
        var response = await api.GetAsync("/api/problems?overdue=perhaps");
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").TryGetProperty("overdue", out _).ShouldBeTrue("the error names the query key as sent");
        (await api.GetFromJsonAsync<JsonElement>("/api/schools?pageSize=1&PAGE=2")).GetProperty("page").GetInt32().ShouldBe(2);
    }

    private static async Task<string> FetchAsync(DatabaseKind kind) =>
        await (await TestApp.For(kind).ApiAsync("admin")).GetStringAsync("/openapi/v1.json");

    private static async Task<string> SaveDocumentAsync(DatabaseKind kind)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dudao-openapi-{kind}-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await FetchAsync(kind));
        return file;
    }

    [GeneratedRegex(@"\bunknown\b")]
    private static partial Regex Unknown();
}
