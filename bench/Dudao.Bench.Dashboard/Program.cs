using System.Diagnostics;
using System.Globalization;
using Dudao.Bench.Coverage;
using Dudao.Bench.Dashboard;
using Dudao.Core;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Data.Migrations;
using Dudao.Modules;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Reporting;
using Dudao.Modules.Reporting.Dashboard;
using Dudao.Modules.Reporting.Domain;
using Dudao.Modules.Reporting.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

// The dashboard at national scale read from the rollups (DashboardService) against the same figures
// recomputed from the raw rows, and one saved change through the rollup interceptor against a full
// rebuild, in one run. Usage:
//   dotnet run -c Release --project bench/Dudao.Bench.Dashboard -- [--schools 190000] [--visits 190000]
//     [--problems 100000] [--complaints 20000] [--months 12] [--updates 30]
//     [--server "Host=127.0.0.1;Username=postgres;Password=postgres"]
var options = BenchArgs.Parse(args);
int Option(string name, int fallback) => int.Parse(options.GetValueOrDefault(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
var (schoolsWanted, visitsPerMonth, problemsPerMonth, complaintsPerMonth, months, updates) =
    (Option("schools", 190_000), Option("visits", 190_000), Option("problems", 100_000), Option("complaints", 20_000), Option("months", 12), Option("updates", 30));
const string Database = "dudao_bench_dashboard";
var server = options.GetValueOrDefault("server", "Host=127.0.0.1;Username=postgres;Password=postgres");
var connectionString = await NationalBenchHost.RecreateAsync(server, Database);
var services = NationalBenchHost.Services(connectionString)
    .AddReporting()
    .BuildServiceProvider();

var clock = Stopwatch.StartNew();
using (var scope = services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    await scope.ServiceProvider.GetRequiredService<MigrationRunner>().MigrateAsync();
    await RegionTable.LoadIfEmptyAsync(db, CancellationToken.None);
}
var counties = await WithDb(db => db.Set<Region>().Where(r => r.Level == RegionCodes.County).Select(r => r.Code).OrderBy(c => c).ToListAsync());
await using var data = NpgsqlDataSource.Create(connectionString);
var (schoolCount, visitCount, markCount) = await new NationalDataset(data, schoolsWanted, visitsPerMonth, months, seed: 2026).WriteAsync(counties);
var (problemCount, complaintCount) = await new ProblemsAndComplaints(data, problemsPerMonth, complaintsPerMonth, months, seed: 2027).WriteAsync();
await using (var vacuum = data.CreateCommand("VACUUM ANALYZE")) await vacuum.ExecuteNonQueryAsync();
var loadSeconds = clock.Elapsed.TotalSeconds;
Console.WriteLine($"loaded {schoolCount:N0} schools, {visitCount:N0} visits, {markCount:N0} marks, {problemCount:N0} problems, {complaintCount:N0} complaints in {loadSeconds:F0} s");

// The rows were copied in past the application: the first rebuild fills the rollups (also the cold rebuild's time).
var firstRebuild = await TimedAsync(() => WithDb(db => new RollupRebuild(db, services.GetRequiredService<TimeProvider>()).RebuildAsync(CancellationToken.None)));
await using (var vacuum = data.CreateCommand("VACUUM ANALYZE region_rollups")) await vacuum.ExecuteNonQueryAsync();
Console.WriteLine($"first rebuild: {firstRebuild.Value:N0} rows in {firstRebuild.Ms / 1000:F1} s");

const string Month = "2026-10";
var random = new Random(7);
var provinces = await WithDb(db => db.Set<Region>().Where(r => r.Level == RegionCodes.Province).Select(r => r.Code).OrderBy(c => c).ToListAsync());
var cities = await WithDb(db => db.Set<Region>().Where(r => r.Level == RegionCodes.City).Select(r => r.Code).ToListAsync());
var levels = new (string Level, IReadOnlyList<string> Regions)[]
{
    ($"省（全部 {provinces.Count} 个）", provinces),
    ("市（随机 30 个）", cities.OrderBy(_ => random.Next()).Take(30).ToList()),
    ("县（随机 30 个）", counties.OrderBy(_ => random.Next()).Take(30).ToList()),
};

// Warm both paths once so the first measured call does not pay for connection and plan set-up.
await DashboardAsync(provinces[0]);
await RawAsync(provinces[0]);

var lines = new List<string>();
foreach (var (level, regions) in levels)
{
    var (rollup, raw) = (new List<double>(), new List<double>());
    foreach (var region in regions)
    {
        var (dashboard, rollupMs) = await DashboardAsync(region);
        var (figures, rawMs) = await RawAsync(region);
        RawFigures.CheckEqual(region, dashboard, figures);
        rollup.Add(rollupMs);
        raw.Add(rawMs);
    }
    lines.Add($"| {level} | {Median(rollup):F1} | {Percentile(rollup, 0.95):F1} | {Median(raw):F1} | {Percentile(raw, 0.95):F1} | **{Median(raw) / Median(rollup):F1}×** |");
    Console.WriteLine(lines[^1]);
}

// One saved change: a problem struck off, through the interceptor (its deltas added in the save's transaction).
var open = await WithDb(db => db.Set<Problem>().Where(p => p.Status != ProblemStatuses.Closed).OrderBy(p => p.Id).Select(p => p.Id).Take(updates + 1).ToListAsync());
var saves = new List<double>();
foreach (var id in open)
{
    using var scope = services.CreateScope();
    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    var problem = await db.Set<Problem>().SingleAsync(p => p.Id == id);
    problem.Status = ProblemStatuses.Closed;
    problem.ClosedAt = NationalBenchHost.Today.UtcDateTime;
    var watch = Stopwatch.StartNew();
    await db.SaveChangesAsync();
    saves.Add(watch.Elapsed.TotalMilliseconds);
}
saves.RemoveAt(0); // the first save warmed the model and the statement
var before = await RowsAsync();
var rebuild = await TimedAsync(() => WithDb(db => new RollupRebuild(db, services.GetRequiredService<TimeProvider>()).RebuildAsync(CancellationToken.None)));
var after = await RowsAsync();
var same = before.Count == after.Count && before.All(r => after.TryGetValue(r.Key, out var v) && v == r.Value);
if (!same) throw new InvalidOperationException($"the incremental rollups ({before.Count} rows) differ from the rebuild ({after.Count} rows)");
var updateLine = $"| {Median(saves):F1} | {Percentile(saves, 0.95):F1} | {rebuild.Ms:F0} | **{rebuild.Ms / Median(saves):N0}×** |";
Console.WriteLine($"incremental vs rebuild: {updateLine}");

Console.WriteLine($"""

    Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average at the end: {File.ReadAllText("/proc/loadavg").Trim()}.
    Dataset (binary COPY, {loadSeconds:F0} s): {schoolCount:N0} schools over {counties.Count:N0} counties, {visitCount:N0} visits and
    {markCount:N0} coverage marks, {problemCount:N0} problems and {complaintCount:N0} complaints over {months} months of 2026;
    the first rebuild wrote {firstRebuild.Value:N0} rollup rows in {firstRebuild.Ms / 1000:F1} s.

    | level | dashboard (rollups) median | p95 | recomputed from raw rows median | p95 | raw ÷ rollups |
    |---|---|---|---|---|---|
    {string.Join("\n", lines)}

    | one saved change, median ms | p95 | full rebuild ms | rebuild ÷ change |
    |---|---|---|---|
    {updateLine}
    """.Replace("\n    ", "\n", StringComparison.Ordinal));
return 0;

async Task<(DashboardDto Dashboard, double Ms)> DashboardAsync(string region)
{
    using var scope = services.CreateScope();
    var dashboard = scope.ServiceProvider.GetRequiredService<DashboardService>();
    var watch = Stopwatch.StartNew();
    var result = await dashboard.GetAsync(region, Month, CancellationToken.None);
    return (result, watch.Elapsed.TotalMilliseconds);
}

async Task<(RawFigures Figures, double Ms)> RawAsync(string region)
{
    var watch = Stopwatch.StartNew();
    var figures = await RawFigures.ComputeAsync(data, region, ReportMonths.Add(Month, 1 - DashboardService.TrendMonths), Month, DateOnly.FromDateTime(NationalBenchHost.Today.UtcDateTime));
    return (figures, watch.Elapsed.TotalMilliseconds);
}

async Task<Dictionary<RollupKey, int>> RowsAsync() =>
    await WithDb(db => db.Set<RegionRollup>().AsNoTracking().ToDictionaryAsync(r => new RollupKey(r.RegionCode, r.Month, r.Metric), r => r.Value));

async Task<T> WithDb<T>(Func<AppDbContext, Task<T>> work)
{
    using var scope = services.CreateScope();
    return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
}

static async Task<(T Value, double Ms)> TimedAsync<T>(Func<Task<T>> work)
{
    var watch = Stopwatch.StartNew();
    var value = await work();
    return (value, watch.Elapsed.TotalMilliseconds);
}

static double Median(List<double> values) => Percentile(values, 0.5);

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
