using System.Collections.Concurrent;
using System.Text.Json;

namespace Dudao.Tests.Host.Fuzz;

/// <summary>
/// Walks every operation of the OpenAPI document with a corpus of malformed input (<see cref="FuzzCorpus"/>),
/// as an office administrator and anonymously: no request may answer 5xx, and every refusal is in Chinese.
/// </summary>
public sealed class RouteFuzzTests
{
    private const int Parallel = 8;

    [Theory, ClassData(typeof(Databases))]
    public async Task No_route_answers_malformed_input_with_a_server_error(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var clients = new Dictionary<string, HttpClient> { ["admin"] = await app.ApiAsync("admin"), ["anonymous"] = app.CreateClient() };
        var document = JsonDocument.Parse(await clients["admin"].GetStringAsync("/openapi/v1.json")).RootElement;
        var operations = ApiOperation.ReadAll(document);
        operations.Count(o => o.HasJsonBody).ShouldBeGreaterThanOrEqualTo(31, "every JSON route of the API is walked");

        // Anonymous callers are refused before any input is read, except on the public routes: those get the whole corpus.
        var requests = operations.SelectMany(op => FuzzCorpus.For(op).Select(r => (Caller: "admin", Request: r))
                .Concat((IsPublic(op) ? FuzzCorpus.For(op) : [FuzzCorpus.OnlyHtml(op)]).Select(r => (Caller: "anonymous", Request: r))))
            .ToList();
        var serverErrors = new ConcurrentBag<string>();
        var notChinese = new ConcurrentBag<string>();
        await System.Threading.Tasks.Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (item, ct) =>
        {
            using var response = await clients[item.Caller].SendAsync(item.Request.ToMessage(), ct);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync(ct);
            if (status >= 500) serverErrors.Add($"{status} as {item.Caller}: {item.Request}");
            else if (status >= 400 && !text.Any(IsChinese)) notChinese.Add($"{status} as {item.Caller}: {item.Request}");
        });

        serverErrors.ShouldBeEmpty($"{serverErrors.Count} of {requests.Count} requests answered 5xx:\n{string.Join("\n", serverErrors.Order().Take(100))}");
        notChinese.ShouldBeEmpty($"refusals without a Chinese message:\n{string.Join("\n", notChinese.Order().Take(100))}");
    }

    private static bool IsPublic(ApiOperation op) =>
        op.Path.StartsWith("/api/public/", StringComparison.Ordinal) || op.Path.StartsWith("/api/auth/", StringComparison.Ordinal);

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';
}
