using System.Globalization;

namespace Dudao.Bench.Complaints;

/// <summary>
/// Usage: <c>dotnet run -c Release --project bench/Dudao.Bench.Complaints -- [count] [concurrency] [report.md]</c>.
/// An explicit entry point: a top-level one would be called Program and hide the web app's.
/// </summary>
internal static class ComplaintBench
{
    public static async Task<int> Main(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
        var report = args.Length > 2 ? args[2] : Path.Combine("bench", "COMPLAINTS.md");
        var admin = Environment.GetEnvironmentVariable("DUDAO_BENCH_PG") ?? "Host=127.0.0.1;Username=postgres;Password=postgres";

        await using var database = await BenchDatabase.CreateAsync(admin);
        await using var app = RealApp.Start(database.ConnectionString);
        await using var bare = await BareEndpoint.StartAsync(database.ConnectionString);

        // Warm both up (JIT, pools) before measuring; warm-up rows are not counted.
        await Load.RunAsync(app.BaseAddress + "api/public/complaints", "warm-real", 200, concurrency);
        await Load.RunAsync(bare.BaseAddress + "complaints", "warm-bare", 200, concurrency);

        // Idle connections of one side are closed before the other runs: PostgreSQL's connection limit is shared.
        Npgsql.NpgsqlConnection.ClearAllPools();
        var real = await Load.RunAsync(app.BaseAddress + "api/public/complaints", "real", count, concurrency);
        Npgsql.NpgsqlConnection.ClearAllPools();
        var raw = await Load.RunAsync(bare.BaseAddress + "complaints", "bare", count, concurrency);
        var realCheck = await database.VerifyAsync(real);
        var rawCheck = await database.VerifyAsync(raw);

        var markdown = Report.Write(count, concurrency, real, realCheck, raw, rawCheck);
        await File.WriteAllTextAsync(report, markdown);
        Console.WriteLine(markdown);
        return realCheck.Ok && rawCheck.Ok ? 0 : 1;
    }
}
