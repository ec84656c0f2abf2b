using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dudao.Tests.Complaints;
using Npgsql;

namespace Dudao.Tests.Host;

/// <summary>
/// Two real processes of the built Dudao.Web on one PostgreSQL, each with its own home folder and
/// content root and nothing on disk in common; files in one object-store bucket (docs ADR-130).
/// </summary>
public sealed partial class MultiInstanceTests
{
    private static readonly byte[] Png = PublicComplaintTests.Png;

    [Fact]
    public async Task Two_instances_on_one_PostgreSQL_share_sign_ins_files_rate_limits_and_job_runs()
    {
        if (!Databases.Enabled.Contains(DatabaseKind.Postgres)) return;
        var database = TestDatabase.Create(DatabaseKind.Postgres);
        var shared = new Dictionary<string, string>
        {
            ["Dudao__Database__Provider"] = "Postgres",
            ["ConnectionStrings__Dudao"] = database,
            ["Dudao__SeedDemo"] = "true",
            ["Dudao__Demo__History"] = "false",
            ["Dudao__ClientPseudonymKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Dudao__Complaints__IdentityKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Dudao__Complaints__RateLimit__PermitLimit"] = "3",
            ["Dudao__Complaints__RateLimit__WindowSeconds"] = "3600",
            ["Dudao__Telemetry__Enabled"] = "true",
            ["AllowedHosts"] = "127.0.0.1",
        };
        foreach (var (key, value) in S3TestServer.NewBucketSettings()) shared[key.Replace(":", "__", StringComparison.Ordinal)] = value!;

        // The first seeds the demo accounts; the second starts on the database it left.
        Instance? a = null, b = null;
        try
        {
            a = await Instance.StartAsync(shared);
            b = await Instance.StartAsync(shared);
            // A bearer token issued by A is accepted by B.
            var login = await a.Http.PostAsJsonAsync("/api/auth/login", new { userName = "jlp-admin", password = "Dudao@2026" });
            login.StatusCode.ShouldBe(HttpStatusCode.OK);
            var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            using var me = new HttpRequestMessage(HttpMethod.Get, "/api/me") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
            var meOnB = await b.Http.SendAsync(me);
            meOnB.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await meOnB.Content.ReadAsStringAsync()).ShouldContain("jlp-admin");

            // A sign-in cookie set by A (and the antiforgery token of A's form) is accepted by B.
            using var cookies = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
            using var pagesOnA = new HttpClient(cookies, disposeHandler: false) { BaseAddress = a.Http.BaseAddress };
            using var pagesOnB = new HttpClient(cookies, disposeHandler: false) { BaseAddress = b.Http.BaseAddress };
            (await pagesOnB.GetAsync("/staff/problems")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "not signed in yet");
            ((int)(await new PageClient(pagesOnA).SubmitAsync("/login", "form", new() { ["userName"] = "jlp-admin", ["password"] = "Dudao@2026" })).StatusCode).ShouldBe(302);
            (await pagesOnB.GetAsync("/staff/problems")).StatusCode.ShouldBe(HttpStatusCode.OK);

            // Evidence uploaded through A downloads through B (the rate limit counts this post: 1 of 3).
            var target = ComplaintApi.UniqueTarget("多实例");
            (await a.Http.PostAsync("/api/public/complaints", ComplaintApi.Multipart(target, "周末在小区会所开设初中数学学科类培训班，附现场照片。", ("现场.png", Png))))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
            using var staffOnB = new HttpClient { BaseAddress = b.Http.BaseAddress };
            staffOnB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var complaint = await ComplaintApi.GetAsync(staffOnB, await ComplaintApi.IdOfAsync(staffOnB, target));
            var fileId = complaint.GetProperty("evidence")[0].GetProperty("id").GetString();
            (await staffOnB.GetByteArrayAsync($"/api/files/{fileId}")).ShouldBe(Png);

            // The public limit (3 an hour) is reached across both: 2 and 3 of 3 pass, the next is refused on either.
            (await b.Http.PostAsJsonAsync("/api/public/complaints", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await a.Http.PostAsJsonAsync("/api/public/complaints", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await b.Http.PostAsJsonAsync("/api/public/complaints", new { })).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
            (await a.Http.PostAsJsonAsync("/api/public/complaints", new { })).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

            // Each scheduled job that came due ran once, on one of the two: both schedulers passed over it.
            await WaitForJobsAsync(database);
            await Task.Delay(TimeSpan.FromSeconds(3));
            var runs = JobRuns(await a.Http.GetStringAsync("/metrics"));
            foreach (var (job, count) in JobRuns(await b.Http.GetStringAsync("/metrics"))) runs[job] = runs.GetValueOrDefault(job) + count;
            runs.Remove("audit-chain"); // every 5 minutes: it may come due again while the test runs
            runs.Keys.ShouldContain("file-orphan-sweep");
            runs.ShouldAllBe(r => r.Value == 1, string.Join(", ", runs.Select(r => $"{r.Key}={r.Value}")));
        }
        catch (Exception e) when (a is not null && b is not null)
        {
            throw new InvalidOperationException($"{e.Message}\n--- A ---\n{a.Tail}\n--- B ---\n{b.Tail}", e);
        }
        finally
        {
            if (a is not null) await a.DisposeAsync();
            if (b is not null) await b.DisposeAsync();
            TestDatabase.Drop(DatabaseKind.Postgres, database);
        }
    }

    /// <summary>Waits until every job row shows a finished run and no lease.</summary>
    private static async Task WaitForJobsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        for (var i = 0; i < 120; i++)
        {
            await using var cmd = new NpgsqlCommand("SELECT count(*) FILTER (WHERE last_finished_at IS NULL OR lease_owner IS NOT NULL), count(*) FROM job_runs", connection);
            await using var reader = await cmd.ExecuteReaderAsync();
            await reader.ReadAsync();
            if (reader.GetInt64(0) == 0 && reader.GetInt64(1) > 0) return;
            await Task.Delay(500);
        }
        throw new TimeoutException("the scheduled jobs did not finish within a minute");
    }

    private static Dictionary<string, long> JobRuns(string metrics) => RunSeries().Matches(metrics)
        .GroupBy(m => m.Groups["job"].Value)
        .ToDictionary(g => g.Key, g => g.Sum(m => long.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture)));

    [GeneratedRegex("""(?m)^dudao_jobs_runs_total\{[^}]*job="(?<job>[^"]+)"[^}]*\} (?<count>\d+)""")]
    private static partial Regex RunSeries();

    /// <summary>One Dudao.Web process with a home folder and content root of its own.</summary>
    private sealed class Instance : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();
        private readonly string _folder;

        private Instance(Process process, string folder, int port)
        {
            _process = process;
            _folder = folder;
            Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        }

        public HttpClient Http { get; }

        public string Output
        {
            get
            {
                lock (_output) return _output.ToString();
            }
        }

        /// <summary>The end of the process's output, for a failure message.</summary>
        public string Tail => Output is { Length: > 6000 } all ? all[^6000..] : Output;

        public static async Task<Instance> StartAsync(Dictionary<string, string> settings)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"dudao-instance-{Guid.NewGuid():N}");
            Directory.CreateDirectory(Path.Combine(folder, "home"));
            var port = FreePort();
            var start = new ProcessStartInfo("dotnet")
            {
                UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder,
            };
            foreach (var arg in new[] { "exec", WebDll(), "--urls", $"http://127.0.0.1:{port}", "--contentRoot", folder }) start.ArgumentList.Add(arg);
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["HOME"] = Path.Combine(folder, "home");
            foreach (var (key, value) in settings) start.Environment[key] = value;
            var instance = new Instance(Process.Start(start)!, folder, port);
            instance._process.OutputDataReceived += (_, e) => instance.Append(e.Data);
            instance._process.ErrorDataReceived += (_, e) => instance.Append(e.Data);
            instance._process.BeginOutputReadLine();
            instance._process.BeginErrorReadLine();
            try
            {
                await instance.WaitReadyAsync();
            }
            catch
            {
                await instance.DisposeAsync();
                throw;
            }
            return instance;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            _process.Dispose();
            Http.Dispose();
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }

        private void Append(string? line)
        {
            if (line is null) return;
            lock (_output) _output.AppendLine(line);
        }

        private async Task WaitReadyAsync()
        {
            var until = DateTime.UtcNow.AddMinutes(3);
            while (DateTime.UtcNow < until)
            {
                if (_process.HasExited) throw new InvalidOperationException("Dudao.Web stopped:\n" + Tail);
                try
                {
                    if ((await Http.GetAsync("/health/ready")).IsSuccessStatusCode) return;
                }
                catch (HttpRequestException)
                {
                }
                await Task.Delay(300);
            }
            throw new TimeoutException("Dudao.Web was not ready within 3 minutes:\n" + Tail);
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        /// <summary>The web host as built beside this test assembly's configuration (bin/Debug or bin/Release).</summary>
        private static string WebDll()
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = output.Parent!.Name;
            var dir = output;
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dudao.slnx"))) dir = dir.Parent;
            return Path.Combine(dir!.FullName, "src", "Dudao.Web", "bin", configuration, output.Name, "Dudao.Web.dll");
        }
    }
}
