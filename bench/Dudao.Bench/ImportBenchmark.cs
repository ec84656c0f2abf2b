using System.Diagnostics;
using System.Globalization;
using Dudao.Cli.Dataset;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Data.Migrations;
using Dudao.Modules;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Import;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Organization.Schools;
using Dudao.Modules.Shared.Spreadsheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dudao.Bench;

/// <summary>
/// <c>import</c>: 200 000 generated schools as an .xlsx, imported end to end through the import
/// service into an empty table, against a raw binary COPY of the same rows from memory. Each is
/// measured three times (table emptied in between) after a warm-up; the best run counts.
/// </summary>
internal static class ImportBenchmark
{
    private const int Rows = 200_000;
    private const int Runs = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && args[0] != "import")
        {
            Console.Error.WriteLine("用法: dotnet run -c Release --project bench/Dudao.Bench -- import");
            return 2;
        }
        using var database = new BenchDatabase();
        using var host = BuildHost(database.ConnectionString);
        await PrepareAsync(host.Services);

        var scale = DatasetScale.For("nation", null) with { Schools = Rows };
        var folder = Directory.CreateTempSubdirectory("dudao-bench-");
        var sheet = Path.Combine(folder.FullName, "schools.xlsx");
        var clock = Stopwatch.StartNew();
        var rows = SchoolRows.Generate(scale, seed: 1).ToList();
        Write(sheet, rows);
        Console.WriteLine($"generated {Rows:N0} schools in {clock.Elapsed.TotalSeconds:F1} s, {new FileInfo(sheet).Length / 1024.0 / 1024.0:F1} MB");
        var warmUp = Path.Combine(folder.FullName, "warm-up.xlsx");
        Write(warmUp, rows.Take(6_000));
        var schools = rows.Select(ToSchool).ToList();
        rows = null;

        await ImportAsync(host.Services, warmUp);
        await TruncateAsync(host.Services);
        await RawCopy.RunAsync(database.ConnectionString, schools.Take(6_000).ToList());
        await TruncateAsync(host.Services);

        // The COPY baseline keeps all rows in memory; the import's own footprint is the growth above this.
        var imports = new List<(TimeSpan Time, long WorkingSet, long Heap)>();
        var copies = new List<TimeSpan>();
        for (var run = 0; run < Runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var baseline = Environment.WorkingSet;
            var baselineHeap = GC.GetTotalMemory(true);
            clock.Restart();
            MemoryWatch watch;
            await using (watch = new MemoryWatch())
            {
                var result = await ImportAsync(host.Services, sheet);
                if (result.Imported != Rows) throw new InvalidOperationException($"imported {result.Imported}");
            }
            imports.Add((clock.Elapsed, watch.PeakWorkingSet - baseline, watch.PeakManagedHeap - baselineHeap));
            Console.WriteLine($"import run {run + 1}: {clock.Elapsed.TotalSeconds:F2} s; working set peak {Mb(watch.PeakWorkingSet)} MB (before {Mb(baseline)} MB), " +
                              $"managed heap peak {Mb(watch.PeakManagedHeap)} MB (before {Mb(baselineHeap)} MB)");
            await TruncateAsync(host.Services);

            clock.Restart();
            await RawCopy.RunAsync(database.ConnectionString, schools);
            copies.Add(clock.Elapsed);
            Console.WriteLine($"COPY run {run + 1}: {clock.Elapsed.TotalSeconds:F2} s");
            await TruncateAsync(host.Services);
        }

        var import = imports.MinBy(i => i.Time);
        var copyTime = copies.Min();
        var importRate = Rows / import.Time.TotalSeconds;
        var copyRate = Rows / copyTime.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine($"(a) import through the service: {import.Time.TotalSeconds:F2} s = {importRate:N0} rows/s (best of {Runs})");
        Console.WriteLine($"(b) raw binary COPY from memory: {copyTime.TotalSeconds:F2} s = {copyRate:N0} rows/s (best of {Runs})");
        Console.WriteLine($"ratio import / COPY: {importRate / copyRate:P0} (goal ≥ 50 %)");
        Console.WriteLine($"growth during import (worst run): working set +{Mb(imports.Max(i => i.WorkingSet))} MB, managed heap +{Mb(imports.Max(i => i.Heap))} MB");
        folder.Delete(recursive: true);
        return 0;
    }

    private static IHost BuildHost(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["Dudao:Database:Provider"] = "Postgres";
        builder.Configuration["ConnectionStrings:Dudao"] = connectionString;
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDudaoData(builder.Configuration, builder.Environment.ContentRootPath, typeof(DudaoModules).Assembly);
        builder.Services.AddDudaoModules(builder.Configuration);
        builder.Services.AddScoped<ICurrentUser>(_ => SystemUser.Instance);
        return builder.Build();
    }

    private static async Task PrepareAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<MigrationRunner>().MigrateAsync();
        await RegionTable.LoadIfEmptyAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
    }

    private static async Task<ImportResult> ImportAsync(IServiceProvider services, string path)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        await using var file = File.OpenRead(path);
        return await sp.GetRequiredService<SpreadsheetImporter>().ImportAsync(sp.GetRequiredService<SchoolSheet>(), file, Path.GetFileName(path), CancellationToken.None);
    }

    private static async Task TruncateAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("TRUNCATE schools");
    }

    private static void Write(string path, IEnumerable<object?[]> rows)
    {
        using var file = File.Create(path);
        XlsxWriter.Write(file, "学校", [.. SchoolInput.Headers.Values], rows);
    }

    private static School ToSchool(object?[] r)
    {
        var school = new School();
        new SchoolInput((string?)r[0], (string?)r[1], (string?)r[2], (string?)r[3], (string?)r[4], (string?)r[5], (int?)r[6], (int?)r[7]).ApplyTo(school);
        return school;
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture);
}
