using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dudao.BrowserTests.Infrastructure;

/// <summary>
/// Dudao on a real port for a real browser: Kestrel on a dynamic port, a fresh SQLite file with the
/// demo data, the Testing environment and a fixed clock, as the integration tests use.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"dudao_browser_{Guid.NewGuid():N}.db");

    private readonly bool _history;

    /// <param name="history">With the demo's lived-in year (to walk every page as its users see it), not only its accounts and registries.</param>
    public BrowserApp(bool history = false)
    {
        _history = history;
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
    }

    /// <summary>Where the browser reaches the app, e.g. http://127.0.0.1:41234.</summary>
    public string BaseAddress { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Dudao:Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Dudao", $"Data Source={_databaseFile}");
        builder.UseSetting("Dudao:SeedDemo", "true");
        builder.UseSetting("Dudao:Demo:History", _history ? "true" : "false"); // journeys count what they make
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" }) File.Delete(file);
    }
}
