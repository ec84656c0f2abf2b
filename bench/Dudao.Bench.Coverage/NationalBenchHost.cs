using Dudao.Core;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules;
using Dudao.Modules.Organization.Regions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Dudao.Bench.Coverage;

/// <summary>The nation-scale benches' database (recreated empty on each run) and the data services over it, at a fixed day.</summary>
internal static class NationalBenchHost
{
    public static readonly DateTimeOffset Today = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Drops and creates <paramref name="database"/> on <paramref name="server"/>; returns its connection string.</summary>
    public static async Task<string> RecreateAsync(string server, string database)
    {
        await using (var admin = NpgsqlDataSource.Create(server + ";Database=postgres"))
        {
            await using var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            await drop.ExecuteNonQueryAsync();
            await using var create = admin.CreateCommand($"CREATE DATABASE {database}");
            await create.ExecuteNonQueryAsync();
        }
        return $"{server};Database={database};Command Timeout=600";
    }

    /// <summary>Logging, the system caller, the fixed clock, the data layer and the region directory; the bench adds its module.</summary>
    public static IServiceCollection Services(string connectionString)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dudao:Database:Provider"] = "Postgres", ["ConnectionStrings:Dudao"] = connectionString,
        }).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<ICurrentUser>(SystemUser.Instance)
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Today))
            .AddDudaoData(config, AppContext.BaseDirectory, typeof(DudaoModules).Assembly)
            .AddSingleton<RegionDirectory>();
    }
}
