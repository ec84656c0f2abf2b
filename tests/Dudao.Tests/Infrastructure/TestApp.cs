using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dudao.Core.Scope;
using Dudao.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dudao.Tests.Infrastructure;

/// <summary>
/// Dudao in the test host on a fresh database of one kind, with the demo data and a clock fixed
/// at <see cref="Now"/> that a test may move (only tests that own their app should).
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<DatabaseKind, Lazy<TestApp>> Shared =
        Enum.GetValues<DatabaseKind>().ToDictionary(k => k, k => new Lazy<TestApp>(() => Start(k)));

    /// <summary>Settings that change what the first start writes: such an app starts on an empty database, not on the seeded template.</summary>
    private static readonly string[] SeedSettings = ["Dudao:SeedDemo", "Dudao:Demo:History"];

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _ownsDatabase = true;

    public TestApp(DatabaseKind kind, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
        : this(kind, settings is not null && SeedSettings.Any(settings.ContainsKey) ? TestDatabase.Create(kind) : TestDatabase.CreateSeeded(kind), settings, services)
    {
    }

    /// <summary>An app on the template database that <see cref="TestDatabase"/> copies: it seeds it and leaves it in place.</summary>
    internal TestApp(DatabaseKind kind, string templateConnectionString) : this(kind, templateConnectionString, null, null) => _ownsDatabase = false;

    private TestApp(DatabaseKind kind, string connectionString, IDictionary<string, string?>? settings, Action<IServiceCollection>? services)
    {
        _services = services;
        Kind = kind;
        ConnectionString = connectionString;
        _settings = new Dictionary<string, string?>
        {
            ["Dudao:Database:Provider"] = kind == DatabaseKind.Postgres ? "Postgres" : "Sqlite",
            ["ConnectionStrings:Dudao"] = ConnectionString,
            ["Dudao:SeedDemo"] = "true",
            // The demo's year of history would move the counts tests assert; DemoHistoryTests turns it on.
            ["Dudao:Demo:History"] = "false",
            ["Dudao:Jobs:Scheduler"] = "false",
            // Host filtering on, as production requires; dudao.example stands for a real site name (HSTS skips localhost).
            ["AllowedHosts"] = "localhost;dudao.example",
            ["Dudao:Files:Root"] = Path.Combine(Path.GetTempPath(), "dudao-test-files"),
            // Tests share one client address; the rate-limit test starts its own app with a small burst.
            ["Dudao:Complaints:RateLimit:PermitLimit"] = "100000",
            ["Dudao:Accounts:LoginRateLimit:PermitLimit"] = "100000",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) _settings[k] = v;
    }

    public DatabaseKind Kind { get; }
    public string ConnectionString { get; }

    /// <summary>The app shared by all tests of one database kind: tests make their own records with unique codes.</summary>
    public static TestApp For(DatabaseKind kind) => Shared[kind].Value;

    /// <summary>An app of one's own, for tests that move the clock or change settings.</summary>
    public static TestApp Start(DatabaseKind kind, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var app = new TestApp(kind, settings, services);
        _ = app.Server; // builds the host, migrates and seeds
        return app;
    }

    /// <summary>The app's clock: it stands still at <see cref="Now"/> until a test moves it.</summary>
    public FakeTimeProvider Clock { get; } = new(Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
        if (_services is not null) builder.ConfigureServices(_services);
    }

    /// <summary>An API client signed in with a bearer token.</summary>
    public async Task<HttpClient> ApiAsync(string userName, string password = "Dudao@2026")
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client signed in through the login page.</summary>
    public async Task<PageClient> PagesAsync(string userName, string password = "Dudao@2026")
    {
        var pages = new PageClient(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var login = await pages.SubmitAsync("/login", "form", new() { ["userName"] = userName, ["password"] = password });
        if ((int)login.StatusCode != 302) throw new InvalidOperationException($"login as {userName} failed: {login.StatusCode}");
        return pages;
    }

    /// <summary>Runs work against the database as the system (no scope filter).</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase) TestDatabase.Drop(Kind, ConnectionString);
    }

    private sealed record TokenResponse(string AccessToken, int ExpiresIn);
}
