using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Bench.Complaints;

/// <param name="Failures">Refused or failed requests by status code or exception type.</param>
internal sealed record LoadResult(string Name, TimeSpan Elapsed, IReadOnlyList<string> Receipts, IReadOnlyDictionary<string, int> Failures,
    double P50Ms, double P95Ms, double P99Ms)
{
    public double PerSecond => Receipts.Count / Elapsed.TotalSeconds;
}

/// <summary>Posts <c>count</c> anonymous complaints with <c>concurrency</c> requests in flight over keep-alive connections.</summary>
internal static class Load
{
    private static readonly string[] Categories = ["违规学科类培训", "隐形变异培训", "培训广告", "预收费退费", "有偿补课", "作业负担"];

    public static async Task<LoadResult> RunAsync(string url, string name, int count, int concurrency)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
        var receipts = new string?[count];
        var latencies = new double[count];
        var failures = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.PostAsJsonAsync(url, Body(name, i));
                    if (response.StatusCode == HttpStatusCode.Created)
                        receipts[i] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptCode").GetString();
                    else failures.AddOrUpdate(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
                }
                catch (HttpRequestException e)
                {
                    failures.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
                }
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        clock.Stop();
        Array.Sort(latencies);
        return new LoadResult(name, clock.Elapsed, receipts.OfType<string>().ToList(), failures.ToDictionary(),
            latencies[count / 2], latencies[(int)(count * 0.95)], latencies[(int)(count * 0.99)]);
    }

    /// <summary>Two thousand targets, so duplicates, counts and hot flags have work to do as they would in a county.</summary>
    private static object Body(string run, int i) => new
    {
        targetKind = "institution", targetName = $"{run}培训点{i % 2000}", regionCode = "500107", category = Categories[i % Categories.Length],
        content = $"第{i}号举报：该培训点周末开设初中数学学科类培训，每次三小时，收费每节课二百元，地址在小区会所二楼。",
        anonymous = true,
    };
}
