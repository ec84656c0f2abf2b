using System.Net;
using System.Text.RegularExpressions;
using Dudao.Modules.Platform.Files;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dudao.Tests.Host;

public sealed partial class OperationsTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Metrics_are_off_by_default_and_when_enabled_show_requests_per_route_job_runs_database_time_and_queues(DatabaseKind kind)
    {
        (await TestApp.For(kind).CreateClient().GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var app = TestApp.Start(kind, new Dictionary<string, string?> { ["Dudao:Telemetry:Enabled"] = "true" });
        var office = await app.ApiAsync("jlp-admin");
        (await office.GetAsync("/api/schools")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await office.PostAsync($"/api/admin/jobs/{OrphanFileSweep.JobName}/run", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var metrics = await app.CreateClient().GetStringAsync("/metrics");
        metrics.ShouldMatch(Series("http_server_request_duration_seconds_count", "http_route=\"/api/schools/\""));
        metrics.ShouldMatch(Series("dudao_jobs_runs_total", $"job=\"{OrphanFileSweep.JobName}\""));
        metrics.ShouldContain("dudao_jobs_duration_seconds_bucket");
        metrics.ShouldContain("dudao_db_command_duration_seconds_bucket");
        metrics.ShouldMatch(@"(?m)^dudao_complaints_awaiting_acceptance(\{[^}]*\})? \d+");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Readiness_fails_while_the_database_is_unreachable_and_recovers_after_while_liveness_stays_up(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var client = app.CreateClient();
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using (Unreachable(app))
        {
            (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // As a balancer polls: the pool drops the connections the outage broke, and the instance is ready again.
        (await ReadyWithinAsync(client)).ShouldBeTrue();
        (await client.GetStringAsync("/health")).ShouldBe("Healthy");
    }

    private static async Task<bool> ReadyWithinAsync(HttpClient client)
    {
        for (var i = 0; i < 20; i++)
        {
            if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return true;
            await Task.Delay(250);
        }
        return false;
    }

    private static string Series(string name, string label) => $@"(?m)^{name}\{{[^}}]*{Regex.Escape(label)}[^}}]*\}} [1-9]";

    /// <summary>
    /// Takes this app's own database away until disposed: PostgreSQL refuses connections to it (the
    /// shared server keeps running for other tests); the SQLite file is moved aside, so what opens in
    /// its place is an empty database without migrations.
    /// </summary>
    private static Restore Unreachable(TestApp app)
    {
        if (app.Kind == DatabaseKind.Postgres)
        {
            var name = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database!;
            Admin($"ALTER DATABASE {name} ALLOW_CONNECTIONS false", $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
            return new Restore(() => Admin($"ALTER DATABASE {name} ALLOW_CONNECTIONS true"));
        }
        var path = new SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
        SqliteConnection.ClearAllPools();
        var files = new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists).ToList();
        foreach (var file in files) File.Move(file, file + ".away");
        return new Restore(() =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
            foreach (var file in files) File.Move(file + ".away", file);
        });
    }

    private static void Admin(params string[] statements)
    {
        using var admin = new NpgsqlConnection(TestDatabase.PostgresAdmin);
        admin.Open();
        foreach (var sql in statements)
        {
            using var cmd = new NpgsqlCommand(sql, admin);
            cmd.ExecuteNonQuery();
        }
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
